using Amazon.S3;

namespace ShopBackend.Catalog;

/// <summary>DLOC005: no region, so AWS_REGION or the instance profile decides where thumbnails go.</summary>
public sealed class ThumbnailCache : IDisposable
{
    private readonly AmazonS3Client _s3 = new();

    public IAmazonS3 Client => _s3;

    public void Dispose() => _s3.Dispose();
}
