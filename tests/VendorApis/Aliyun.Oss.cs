// Stand-in for the Aliyun.OSS SDK (NuGet "Aliyun.OSS.SDK.NetCore"): shape only, bodies empty.
// Source: github.com/aliyun/aliyun-oss-csharp-sdk @ a62f3a9f0c53754618ed320fdb398f50a082f07c
#nullable disable
using System;
using System.IO;

namespace Aliyun.OSS
{
    // sdk/IOss.cs
    public interface IOss
    {
        PutObjectResult PutObject(string bucketName, string key, Stream content);

        PutObjectResult PutObject(string bucketName, string key, Stream content, ObjectMetadata metadata);

        PutObjectResult PutObject(PutObjectRequest putObjectRequest);

        PutObjectResult PutObject(string bucketName, string key, string fileToUpload);

        PutObjectResult PutObject(Uri signedUrl, Stream content);

        AppendObjectResult AppendObject(AppendObjectRequest request);
    }

    // sdk/OssClient.cs
    public class OssClient : IOss
    {
        public OssClient(string endpoint, string accessKeyId, string accessKeySecret) { }

        public OssClient(string endpoint, string accessKeyId, string accessKeySecret, string securityToken) { }

        public OssClient(string endpoint, string accessKeyId, string accessKeySecret, Common.ClientConfiguration configuration) { }

        public OssClient(Uri endpoint, string accessKeyId, string accessKeySecret) { }

        public void SetEndpoint(Uri endpoint) { }

        public void SetRegion(string region) { }

        public PutObjectResult PutObject(string bucketName, string key, Stream content) => throw null;

        public PutObjectResult PutObject(string bucketName, string key, Stream content, ObjectMetadata metadata) => throw null;

        public PutObjectResult PutObject(PutObjectRequest putObjectRequest) => throw null;

        public PutObjectResult PutObject(string bucketName, string key, string fileToUpload) => throw null;

        public PutObjectResult PutObject(Uri signedUrl, Stream content) => throw null;

        public AppendObjectResult AppendObject(AppendObjectRequest request) => throw null;
    }

    // sdk/Domain/PutObjectRequest.cs
    public class PutObjectRequest
    {
        public PutObjectRequest(string bucketName, string key, Stream content) { }

        public Stream Content { get; set; }
    }

    // sdk/Domain/ObjectMetadata.cs
    public class ObjectMetadata
    {
        public string ContentType { get; set; }
    }

    // sdk/Domain/PutObjectResult.cs
    public class PutObjectResult
    {
        public string ETag { get; set; }
    }

    // sdk/Domain/AppendObjectRequest.cs
    public class AppendObjectRequest
    {
        public AppendObjectRequest(string bucketName, string key) { }

        public Stream Content { get; set; }
    }

    // sdk/Domain/AppendObjectResult.cs
    public class AppendObjectResult
    {
    }
}

namespace Aliyun.OSS.Common
{
    // sdk/Common/ClientConfiguration.cs
    public class ClientConfiguration
    {
    }
}
