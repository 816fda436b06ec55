using Amazon;
using Amazon.S3;

namespace ShopBackend.Catalog;

/// <summary>Product photos and customers' review pictures.</summary>
public sealed class ProductImageStore : IDisposable
{
    // DLOC002: us-east-1 is in the United States.
    private readonly AmazonS3Client _s3 = new(RegionEndpoint.USEast1);

    public IAmazonS3 Client => _s3;

    public void Dispose() => _s3.Dispose();
}
