// Stand-in for the classic Alibaba Cloud core SDK (NuGet "aliyun-net-sdk-core"): shape only, bodies empty.
// Source: github.com/aliyun/aliyun-openapi-net-sdk @ 6a4e56484beaf301ef19a5a84f9234bac8ef8fbf
#nullable disable

namespace Aliyun.Acs.Core.Profile
{
    // aliyun-net-sdk-core/Profile/IClientProfile.cs
    public interface IClientProfile
    {
        string GetRegionId();
    }

    // aliyun-net-sdk-core/Profile/DefaultProfile.cs
    public class DefaultProfile : IClientProfile
    {
        public string GetRegionId() => throw null;

        public void AddEndpoint(string endpointName, string regionId, string product, string domain, bool isNeverExpire = false) { }

        public static DefaultProfile GetProfile() => throw null;

        public static DefaultProfile GetProfile(string regionId) => throw null;

        public static DefaultProfile GetProfile(string regionId, string accessKeyId, string secret) => throw null;
    }
}

namespace Aliyun.Acs.Core
{
    using Aliyun.Acs.Core.Profile;

    // aliyun-net-sdk-core/AcsRequest.cs
    public abstract class AcsRequest<T> where T : AcsResponse
    {
    }

    // aliyun-net-sdk-core/AcsResponse.cs
    public abstract class AcsResponse
    {
    }

    // aliyun-net-sdk-core/CommonResponse.cs
    public class CommonResponse : AcsResponse
    {
        public string Data { get; set; }
    }

    // aliyun-net-sdk-core/CommonRequest.cs
    public class CommonRequest
    {
        public string Product { get; set; }

        public string Version { get; set; }

        public string Action { get; set; }

        public string RegionId { get; set; }

        public string Domain { get; set; }

        public void AddQueryParameters(string name, string value) { }

        public void AddBodyParameters(string name, string value) { }
    }

    // aliyun-net-sdk-core/IAcsClient.cs
    public interface IAcsClient
    {
        T GetAcsResponse<T>(AcsRequest<T> request) where T : AcsResponse;

        CommonResponse GetCommonResponse(CommonRequest request);
    }

    // aliyun-net-sdk-core/DefaultAcsClient.cs
    public class DefaultAcsClient : IAcsClient
    {
        public DefaultAcsClient() { }

        public DefaultAcsClient(IClientProfile profile) { }

        public T GetAcsResponse<T>(AcsRequest<T> request) where T : AcsResponse => throw null;

        public CommonResponse GetCommonResponse(CommonRequest request) => throw null;
    }
}
