using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Egress;
using Xunit;

namespace LocalizationAnalyzers.Tests.Egress;

/// <summary>Endpoint strings as real configuration writes them.</summary>
public class EndpointTextTests
{
    [Theory]
    [InlineData("https://api.crm.com/contacts", "api.crm.com")]
    [InlineData("https://API.CRM.com:8443/v1?x=1", "api.crm.com")]
    [InlineData("api.crm.com", "api.crm.com")]
    [InlineData("smtp.sendgrid.net:587", "smtp.sendgrid.net")]
    [InlineData("https://abc123@o4504.ingest.us.sentry.io/4505", "o4504.ingest.us.sentry.io")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=a2V5;EndpointSuffix=core.windows.net", "shop.blob.core.windows.net")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=a2V5;EndpointSuffix=core.chinacloudapi.cn", "shop.blob.core.chinacloudapi.cn")]
    [InlineData("BlobEndpoint=https://shop.blob.core.windows.net/;SharedAccessSignature=sv=2020", "shop.blob.core.windows.net")]
    [InlineData("Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=a2V5", "orders.servicebus.windows.net")]
    [InlineData("AccountEndpoint=https://shop.documents.azure.com:443/;AccountKey=a2V5;", "shop.documents.azure.com")]
    [InlineData("InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/", "westeurope-5.in.applicationinsights.azure.com")]
    [InlineData("Server=tcp:shop.database.windows.net,1433;Initial Catalog=shop;User ID=app", "shop.database.windows.net")]
    [InlineData("Data Source=db.internal.example.cn\\SQLEXPRESS;Integrated Security=true", "db.internal.example.cn")]
    [InlineData("Host=pg.cn-north-1.rds.amazonaws.com.cn;Port=5432;Database=shop;Username=app", "pg.cn-north-1.rds.amazonaws.com.cn")]
    [InlineData("mongodb://app:secret@mongo1.shop.cn:27017,mongo2.shop.cn:27017/shop?replicaSet=rs0", "mongo1.shop.cn mongo2.shop.cn")]
    [InlineData("mongodb+srv://app:secret@cluster0.abcde.mongodb.net/shop", "cluster0.abcde.mongodb.net")]
    [InlineData("cache.shop.cn:6379,password=secret,ssl=True", "cache.shop.cn")]
    public void Hosts_are_read_from_every_shape(string text, string hosts)
    {
        var endpoint = EndpointText.Parse(text);

        Assert.True(endpoint.IsDestination);
        Assert.Equal(hosts.Split(' '), endpoint.Hosts);
    }

    [Theory]
    [InlineData("https://<your-account>.blob.core.windows.net")]
    [InlineData("ENTER_YOUR_DSN_HERE")]
    [InlineData("https://{account}.blob.core.windows.net")]
    [InlineData("InstrumentationKey=YOUR_KEY;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/")]
    public void Placeholders_are_not_destinations(string text)
    {
        var endpoint = EndpointText.Parse(text);

        Assert.True(endpoint.IsPlaceholder);
        Assert.False(endpoint.IsDestination);
    }

    [Theory]
    [InlineData("https://api.example.com/contacts", "api.example.com")]
    [InlineData("https://crm.partner.example/", "crm.partner.example")]
    [InlineData("Server=db.shop.test;Database=x", "db.shop.test")]
    public void Documentation_names_are_hosts_that_only_the_policy_makes_destinations(string text, string host)
    {
        // SPEC §2 precedence: the policy may name them; unnamed, Destination.ForHost makes them placeholders.
        var endpoint = EndpointText.Parse(text);

        Assert.Equal(new[] { host }, endpoint.Hosts);
        Assert.Equal(DestinationKind.Placeholder, Destination.ForHost(host, LocationCatalog.Instance).Kind);
        Assert.Equal(DestinationKind.Host, Destination.ForHost("api.crm.com", LocationCatalog.Instance).Kind);
    }

    [Fact]
    public void The_storage_emulator_is_not_a_destination()
    {
        var endpoint = EndpointText.Parse("UseDevelopmentStorage=true");

        Assert.True(endpoint.IsEmulator);
        Assert.False(endpoint.IsDestination);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello world")]
    [InlineData("Max Pool Size=100")]
    public void Text_without_a_host_names_nothing(string text) => Assert.Empty(EndpointText.Parse(text).Hosts);

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.5", true)]
    [InlineData("192.168.1.10", true)]
    [InlineData("::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("orders-db", true)]
    [InlineData("crm.internal", true)]
    [InlineData("printer.local", true)]
    [InlineData("orders.shop.svc.cluster.local", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("172.32.0.1", false)]
    [InlineData("api.crm.com", false)]
    public void Internal_hosts(string host, bool isInternal) => Assert.Equal(isInternal, InternalHosts.IsInternal(host));
}
