// Stand-in for Tencent Cloud's COS XML SDK (NuGet "Tencent.QCloud.Cos.Sdk"): shape only, bodies empty.
// Source: github.com/tencentyun/qcloud-sdk-dotnet @ 4dcba14bb258d4acc1a60a2044f23228d9a94737
#nullable disable
using System.IO;

namespace COSXML
{
    using COSXML.Model.Object;

    // QCloudCSharpSDK/COSXML/CosXmlConfig.cs
    public sealed class CosXmlConfig
    {
        private CosXmlConfig() { }

        public string Region { get; private set; }

        public sealed class Builder
        {
            public Builder() { }

            public Builder SetAppid(string appid) => throw null;

            public Builder SetRegion(string region) => throw null;

            public Builder IsHttps(bool isHttps) => throw null;

            public Builder SetDebugLog(bool isDebug) => throw null;

            public CosXmlConfig Build() => throw null;
        }
    }

    // QCloudCSharpSDK/COSXML/CosXml.cs
    public interface CosXml
    {
        PutObjectResult PutObject(PutObjectRequest request);
    }

    // QCloudCSharpSDK/COSXML/CosXmlServer.cs
    public class CosXmlServer : CosXml
    {
        public CosXmlServer(CosXmlConfig config, Auth.QCloudCredentialProvider qcloudCredentailProvider) { }

        public PutObjectResult PutObject(PutObjectRequest request) => throw null;
    }
}

namespace COSXML.Auth
{
    // QCloudCSharpSDK/COSXML/Auth/QCloudCredentialProvider.cs
    public abstract class QCloudCredentialProvider
    {
        public abstract void Refresh();
    }

    // QCloudCSharpSDK/COSXML/Auth/QCloudCredentialProvider.cs
    public class DefaultQCloudCredentialProvider : QCloudCredentialProvider
    {
        public DefaultQCloudCredentialProvider(string secretId, string secretKey, long keyDurationSecond) { }

        public override void Refresh() { }
    }
}

namespace COSXML.Model.Object
{
    // QCloudCSharpSDK/COSXML/Model/Object/PutObjectRequest.cs
    public sealed class PutObjectRequest
    {
        public PutObjectRequest(string bucket, string key, string srcPath) { }

        public PutObjectRequest(string bucket, string key, byte[] data) { }

        public PutObjectRequest(string bucket, string key, Stream stream) { }
    }

    // QCloudCSharpSDK/COSXML/Model/Object/PutObjectResult.cs
    public sealed class PutObjectResult
    {
        public string eTag;
    }
}
