using Amazon;
using Amazon.DynamoDBv2;

namespace ShopBackend.Orders;

/// <summary>Orders with the customer's name, phone and delivery address.</summary>
public sealed class OrderRepository : IDisposable
{
    private readonly AmazonDynamoDBClient _primary = new(RegionEndpoint.CNNorth1);

    private readonly AmazonDynamoDBClient _backup = new(new AmazonDynamoDBConfig
    {
        RegionEndpoint = RegionEndpoint.GetBySystemName(ShopSettings.BackupRegion),
    });

    public IAmazonDynamoDB Primary => _primary;

    public IAmazonDynamoDB Backup => _backup;

    public void Dispose()
    {
        _primary.Dispose();
        _backup.Dispose();
    }
}
