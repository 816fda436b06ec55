using Amazon;
using Amazon.S3;

namespace ShopBackend.Catalog;

/// <summary>Product photos and customers' review pictures.</summary>
public sealed class ProductImageStore
{
    // DLOC100 at="new AmazonS3Client(RegionEndpoint.USEast1)" api=Amazon.S3.AmazonS3Client egressKind=cloud destination=aws:us-east-1 host= provider=aws region=us-east-1 country=US personalData= sensitive=false source= verdict=outside jurisdiction=CN rules=DLOC002
    // DLOC002 at="RegionEndpoint.USEast1" also="new AmazonS3Client(RegionEndpoint.USEast1)" message="AWS region 'us-east-1' (US East (N. Virginia)) is in United States (US), outside the approved jurisdiction CN; use a region inside CN or approve this one in data_localization.approved_regions"
    private readonly AmazonS3Client _s3 = new AmazonS3Client(RegionEndpoint.USEast1);

    public AmazonS3Client Client => _s3;
}
