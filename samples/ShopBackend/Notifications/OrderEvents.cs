using Amazon;
using Amazon.SQS;

namespace ShopBackend.Notifications;

/// <summary>Order events for the warehouse: compliant, Ningxia is in mainland China.</summary>
public sealed class OrderEvents : IDisposable
{
    private readonly AmazonSQSClient _sqs = new(new AmazonSQSConfig { RegionEndpoint = RegionEndpoint.CNNorthWest1 });

    public IAmazonSQS Client => _sqs;

    public void Dispose() => _sqs.Dispose();
}
