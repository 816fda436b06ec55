using Amazon.DynamoDBv2;

namespace ShopBackend.Analytics;

public sealed class ReportingStore
{
    // DLOC100 at="new AmazonDynamoDBClient()" api=Amazon.DynamoDBv2.AmazonDynamoDBClient egressKind=cloud destination=implicit host= provider=aws region= country=unknown personalData= sensitive=false source= verdict=unverified jurisdiction=CN rules=DLOC005
    // DLOC005 at="new AmazonDynamoDBClient()" message="AmazonDynamoDBClient is created without a region or endpoint: the environment chooses the region at run time; set a region inside CN"
    private readonly AmazonDynamoDBClient _dynamo = new AmazonDynamoDBClient();

    public AmazonDynamoDBClient Client => _dynamo;
}
