using Amazon;
using Amazon.DynamoDBv2;

namespace ShopBackend.Orders;

/// <summary>Orders with the customer's name, phone and delivery address.</summary>
public sealed class OrderRepository
{
    // DLOC100 at="new AmazonDynamoDBClient(RegionEndpoint.CNNorth1)" api=Amazon.DynamoDBv2.AmazonDynamoDBClient egressKind=cloud destination=aws:cn-north-1 host= provider=aws region=cn-north-1 country=CN personalData= sensitive=false source= verdict=compliant jurisdiction=CN rules=
    private readonly AmazonDynamoDBClient _primary = new AmazonDynamoDBClient(RegionEndpoint.CNNorth1);

    // DLOC100 at="new AmazonDynamoDBClient(new AmazonDynamoDBConfig\n    {\n        RegionEndpoint = RegionEndpoint.GetBySystemName(ShopSettings.BackupRegion),\n    })" api=Amazon.DynamoDBv2.AmazonDynamoDBClient egressKind=cloud destination=aws:ap-east-1 host= provider=aws region=ap-east-1 country=HK personalData= sensitive=false source= verdict=outside jurisdiction=CN rules=DLOC002
    private readonly AmazonDynamoDBClient _backup = new AmazonDynamoDBClient(new AmazonDynamoDBConfig
    {
        RegionEndpoint = RegionEndpoint.GetBySystemName(ShopSettings.BackupRegion),
    });

    public async Task SaveAsync(Order order)
    {
        var item = new Dictionary<string, string>
        {
            ["id"] = order.Id,
            ["name"] = order.CustomerName,
            ["phone"] = order.CustomerPhone,
            ["address"] = order.DeliveryAddress,
        };

        // DLOC100 at="_primary.PutItemAsync(ShopSettings.OrdersTable, item)" api=Amazon.DynamoDBv2.AmazonDynamoDBClient.PutItemAsync egressKind=cloud destination=aws:cn-north-1 host= provider=aws region=cn-north-1 country=CN personalData=name,contact sensitive=false source=Order.CustomerPhone verdict=compliant jurisdiction=CN rules=
        await _primary.PutItemAsync(ShopSettings.OrdersTable, item);

        // DLOC100 at="_backup.PutItemAsync(ShopSettings.OrdersTable, item)" api=Amazon.DynamoDBv2.AmazonDynamoDBClient.PutItemAsync egressKind=cloud destination=aws:ap-east-1 host= provider=aws region=ap-east-1 country=HK personalData=name,contact sensitive=false source=Order.CustomerPhone verdict=outside jurisdiction=CN rules=DLOC001
        // DLOC001 at="_backup.PutItemAsync(ShopSettings.OrdersTable, item)" also="string CustomerPhone" message="Personal data (contact: Order.CustomerPhone; name: Order.CustomerName) is sent to aws:ap-east-1 in Hong Kong (HK), outside the approved jurisdiction CN"
        await _backup.PutItemAsync(ShopSettings.OrdersTable, item);
    }
}
