// STAND-IN for the Alibaba Cloud OSS SDK (NuGet "Aliyun.OSS.SDK.NetCore"), which the sample's package feed
// does not serve: only the members the sample uses, in the shape of
// github.com/aliyun/aliyun-oss-csharp-sdk sdk/OssClient.cs and sdk/Domain/PutObjectResult.cs
// @ a62f3a9f0c53754618ed320fdb398f50a082f07c. The bodies do nothing.
namespace Aliyun.OSS;

public class OssClient
{
    public OssClient(string endpoint, string accessKeyId, string accessKeySecret)
    {
    }

    public PutObjectResult PutObject(string bucketName, string key, Stream content) => new();
}

public class PutObjectResult
{
}
