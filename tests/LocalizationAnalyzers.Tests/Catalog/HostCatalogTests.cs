using LocalizationAnalyzers.Catalog;
using Xunit;

namespace LocalizationAnalyzers.Tests.Catalog;

/// <summary>Host patterns of every provider place hosts in the right cloud, region and country.</summary>
public class HostCatalogTests
{
    private static HostCatalog Hosts => LocationCatalog.Instance.Hosts;

    [Theory]
    [InlineData("s3.us-east-1.amazonaws.com", "aws", "us-east-1", "US")]
    [InlineData("shop-images.s3.eu-west-2.amazonaws.com", "aws", "eu-west-2", "GB")]
    [InlineData("dynamodb.ap-east-1.amazonaws.com", "aws", "ap-east-1", "HK")]
    [InlineData("s3.cn-north-1.amazonaws.com.cn", "aws", "cn-north-1", "CN")]
    [InlineData("sqs.us-gov-west-1.amazonaws.com", "aws", "us-gov-west-1", "US")]
    [InlineData("westeurope-5.in.applicationinsights.azure.com", "azure", "westeurope", "NL")]
    [InlineData("chinanorth3-0.in.applicationinsights.azure.cn", "azure", "chinanorth3", "CN")]
    [InlineData("oss-cn-hangzhou.aliyuncs.com", "alibaba", "cn-hangzhou", "CN")]
    [InlineData("oss-cn-hongkong.aliyuncs.com", "alibaba", "cn-hongkong", "HK")]
    [InlineData("cos.ap-guangzhou.myqcloud.com", "tencent", "ap-guangzhou", "CN")]
    [InlineData("obs.ap-southeast-1.myhuaweicloud.com", "huawei", "ap-southeast-1", "HK")]
    [InlineData("objectstorage.eu-frankfurt-1.oraclecloud.com", "oracle", "eu-frankfurt-1", "DE")]
    [InlineData("bigquery.me-central2.rep.googleapis.com", "gcp", "me-central2", "SA")]
    [InlineData("europe-west3-aiplatform.googleapis.com", "gcp", "europe-west3", "DE")]
    public void Regional_hosts_are_placed_by_their_region(string host, string provider, string region, string country)
    {
        var placement = Hosts.Place(host);

        Assert.NotNull(placement);
        Assert.Equal(provider, placement.Provider);
        Assert.Equal(region, placement.Region);
        Assert.Equal(new[] { country }, placement.Countries);
    }

    [Theory]
    [InlineData("o4504.ingest.us.sentry.io", "sentry", "US")]
    [InlineData("o4504.ingest.de.sentry.io", "sentry", "DE")]
    [InlineData("api.mixpanel.com", "mixpanel", "US")]
    [InlineData("api.sendgrid.com", "sendgrid", "US")]
    [InlineData("shop.blob.core.chinacloudapi.cn", "azure", "CN")]
    [InlineData("llm.api.cloud.yandex.net", "yandex", "RU")]
    public void SaaS_and_sovereign_hosts_are_placed_by_the_host(string host, string provider, string country)
    {
        var placement = Hosts.Place(host);

        Assert.NotNull(placement);
        Assert.Equal(provider, placement.Provider);
        Assert.Equal(new[] { country }, placement.Countries);
    }

    [Fact]
    public void Azure_global_storage_is_somewhere_in_the_public_cloud_but_never_in_mainland_China()
    {
        var placement = Hosts.Place("shop.blob.core.windows.net");

        Assert.NotNull(placement);
        Assert.Equal("azure", placement.Cloud);
        Assert.Contains("NL", placement.Countries);
        Assert.Contains("US", placement.Countries);
        Assert.DoesNotContain("CN", placement.Countries);
    }

    [Theory]
    [InlineData("api.crm.com")]
    [InlineData("partner.example.cn")]
    public void Hosts_the_catalog_does_not_know_are_not_placed(string host) => Assert.Null(Hosts.Place(host));

    [Theory]
    [InlineData("shop.blob.core.windows.net", "CN", "shop.blob.core.chinacloudapi.cn")]
    [InlineData("o4504.ingest.us.sentry.io", "EU", "o4504.ingest.de.sentry.io")]
    public void Counterparts_keep_the_account_part(string host, string jurisdiction, string counterpart)
    {
        var placement = Hosts.Place(host)!;
        var countries = LocationCatalog.Instance.Countries.Expand(jurisdiction);
        var pattern = placement.Row.Counterparts.First(c => LocationCatalog.Instance.Countries.Expand(c.Jurisdiction).All(countries.Contains)).Pattern;

        Assert.Equal(counterpart, HostCatalog.Instantiate(pattern, placement.Wildcards));
    }

    [Fact]
    public void Every_pattern_compiles_and_the_catalog_has_every_provider()
    {
        var providers = Hosts.Rows.Select(r => r.Provider).Distinct().ToHashSet();

        foreach (var provider in new[] { "aws", "azure", "gcp", "alibaba", "tencent", "huawei", "yandex", "oracle", "sentry", "datadog", "mixpanel", "segment", "sendgrid", "twilio" })
        {
            Assert.Contains(provider, providers);
        }
    }
}
