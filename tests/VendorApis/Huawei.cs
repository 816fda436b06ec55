// Stand-in for Huawei Cloud SDK v3 for .NET (NuGet "HuaweiCloud.SDK.Core", "HuaweiCloud.SDK.Smn"): shape only,
// bodies empty. Every service has an <Service>Region class of static Region fields named after the region id
// (CN_NORTH_4 = "cn-north-4") and ValueOf(regionId); clients are built with <Client>.NewBuilder()...WithRegion(region).Build().
// Source: github.com/huaweicloud/huaweicloud-sdk-net-v3
#nullable disable
using System.Collections.Generic;

namespace HuaweiCloud.SDK.Core
{
    using HuaweiCloud.SDK.Core.Auth;

    // Core/Region/Region.cs @ 4732ca4adfc678020ae832f4b300571780367ba7
    public class Region
    {
        public Region(string id, params string[] endpoints) { }

        public string Id { get; set; }

        public List<string> Endpoints { get; set; }
    }

    // Core/Client.cs @ ef11fb434bde7024656dd5a62ec6ac8c71bb0ca9
    public class Client
    {
        public class ClientBuilder<T> where T : Client
        {
            public ClientBuilder() { }

            public ClientBuilder<T> WithCredential(ICredential credentials) => throw null;

            public ClientBuilder<T> WithRegion(Region region) => throw null;

            public ClientBuilder<T> WithEndPoint(string endpoint) => throw null;

            public ClientBuilder<T> WithEndPoints(List<string> endpoints) => throw null;

            public T Build() => throw null;
        }
    }
}

namespace HuaweiCloud.SDK.Core.Auth
{
    // Core/Auth/ICredential.cs @ a3e5c87acd26d1f634f4b8c2f29b46ea5def0574
    public interface ICredential
    {
    }

    // Core/Auth/BasicCredentials.cs @ 0be7351695de860b8123dc6ae465a92fc41de716
    public class BasicCredentials : ICredential
    {
        public BasicCredentials(string ak, string sk, string projectId) { }
    }
}

namespace HuaweiCloud.SDK.Smn.V2
{
    using HuaweiCloud.SDK.Core;
    using HuaweiCloud.SDK.Smn.V2.Model;

    // Services/Smn/V2/Region/SmnRegion.cs @ 2a9f09ef2414cee627b330ab11590d5fafb2580c (a selection of its fields; their values, new Region(id, endpoint), are left out)
    public class SmnRegion
    {
        public static readonly Region CN_NORTH_4; // "cn-north-4"
        public static readonly Region CN_NORTH_1; // "cn-north-1"
        public static readonly Region CN_EAST_3; // "cn-east-3"
        public static readonly Region CN_SOUTH_1; // "cn-south-1"
        public static readonly Region AP_SOUTHEAST_1; // "ap-southeast-1"
        public static readonly Region AP_SOUTHEAST_3; // "ap-southeast-3"
        public static readonly Region EU_WEST_101; // "eu-west-101"

        public static Region ValueOf(string regionId) => throw null;
    }

    // Services/Smn/V2/SmnClient.cs @ 21a8dfd6e4aea18193b7c5add97e318168fd6b17
    public partial class SmnClient : Client
    {
        public static ClientBuilder<SmnClient> NewBuilder() => throw null;

        public PublishMessageResponse PublishMessage(PublishMessageRequest publishMessageRequest) => throw null;
    }
}

namespace HuaweiCloud.SDK.Smn.V2.Model
{
    // Services/Smn/V2/Model/PublishMessageRequest.cs @ 751faaa6a4572345ae96ed3cf894d35f5313e84e
    public class PublishMessageRequest
    {
        public string TopicUrn { get; set; }

        public PublishMessageRequestBody Body { get; set; }
    }

    // Services/Smn/V2/Model/PublishMessageRequestBody.cs @ 21a8dfd6e4aea18193b7c5add97e318168fd6b17
    public class PublishMessageRequestBody
    {
        public string Subject { get; set; }

        public string Message { get; set; }
    }

    // Services/Smn/V2/Model/PublishMessageResponse.cs
    public class PublishMessageResponse
    {
    }
}
