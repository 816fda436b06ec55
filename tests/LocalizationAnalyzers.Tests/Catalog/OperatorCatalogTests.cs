using System.Collections.Immutable;
using LocalizationAnalyzers.Catalog;
using Xunit;

namespace LocalizationAnalyzers.Tests.Catalog;

/// <summary>operators.tsv: every row sourced and well formed; every cloud of the catalog either has an operator or is known not to.</summary>
public class OperatorCatalogTests
{
    private static LocationCatalog Catalog => LocationCatalog.Instance;

    /// <summary>Clouds whose operator the table deliberately leaves unknown (DLOC007 stays silent for them).</summary>
    private static readonly string[] UnknownOperators =
    {
        // Oracle's government and dedicated realms: the operating entity is not published per realm.
        "oracle-oc2", "oracle-oc3", "oracle-oc4", "oracle-oc8", "oracle-oc9", "oracle-oc10", "oracle-oc14", "oracle-oc15",
        "oracle-oc20", "oracle-oc21", "oracle-oc23", "oracle-oc24", "oracle-oc26", "oracle-oc29", "oracle-oc35", "oracle-oc42",
        "oracle-oc51", "oracle-oc52",
        // AWS's isolated partition for the UK government: the operating arrangement is not public.
        "aws-iso-e",
    };

    [Fact]
    public void Every_row_has_an_operator_a_jurisdiction_and_a_source()
    {
        var rows = Tsv.ReadEmbedded("operators.tsv");

        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.False(string.IsNullOrWhiteSpace(row["operator"]), row["cloud"]);
            Assert.Matches(@"^[A-Z]{2}(\+[A-Z]{2})*$", row["answers_to"]);
            Assert.All(row["answers_to"].Split('+'), code => Assert.NotNull(Catalog.Countries.Expand(code).FirstOrDefault()));
            Assert.Matches(@"https://", row["source"]);
        });
    }

    [Fact]
    public void Every_cloud_of_the_regions_and_hosts_has_an_operator_or_is_listed_as_unknown()
    {
        var clouds = Catalog.Regions.Select(r => r.Cloud)
            .Concat(Tsv.ReadEmbedded("hosts.tsv").Select(r => r["cloud"]))
            .Distinct(StringComparer.Ordinal)
            .Where(c => !UnknownOperators.Contains(c))
            .OrderBy(c => c, StringComparer.Ordinal);

        Assert.All(clouds, cloud => Assert.Contains(cloud, Catalog.Operators.Clouds));
    }

    [Theory]
    [InlineData("aws", "aws", "us-east-1", "Amazon Web Services, Inc.", "US")]
    [InlineData("aws", "aws-cn", "cn-north-1", "Beijing Sinnet Technology Co., Ltd.", "CN")]
    [InlineData("aws", "aws-cn", "cn-northwest-1", "Ningxia Western Cloud Data Technology Co., Ltd. (NWCD)", "CN")]
    [InlineData("aws", "aws-eusc", "eusc-de-east-1", "AWS European Sovereign Cloud (German parent company and subsidiaries of Amazon.com, Inc.)", "DE+US")]
    [InlineData("azure", "azure-china", "chinanorth3", "Shanghai Blue Cloud Technology Co., Ltd. (21Vianet)", "CN")]
    [InlineData("azure", "azure", "westeurope", "Microsoft Corporation", "US")]
    [InlineData("azure", "azure", "bleufrancecentral", "Bleu (Capgemini and Orange)", "FR")]
    [InlineData("azure", "azure", "deloscloudgermanynorth", "Delos Cloud GmbH (SAP SE)", "DE")]
    [InlineData("gcp", "gcp", "europe-west3", "Google LLC", "US")]
    [InlineData("alibaba", "alibaba", "cn-hangzhou", "Alibaba Cloud Computing Co., Ltd.", "CN")]
    [InlineData("alibaba", "alibaba", "cn-hongkong", "Alibaba Cloud (Singapore) Private Limited (Alibaba Group)", "CN+SG")]
    [InlineData("tencent", "tencent", "ap-guangzhou", "Tencent Cloud Computing (Beijing) Co., Ltd.", "CN")]
    [InlineData("tencent", "tencent", "eu-frankfurt", "Tencent Cloud International Pte. Ltd. (Tencent Holdings)", "CN+SG")]
    [InlineData("huawei", "huawei", "cn-north-4", "Huawei Cloud Computing Technologies Co., Ltd.", "CN")]
    [InlineData("yandex", "yandex", "ru-central1", "Yandex.Cloud LLC", "RU")]
    [InlineData("oracle", "oracle-oc19", "eu-frankfurt-2", "Oracle EU Sovereign Cloud (EU subsidiaries of Oracle Corporation)", "DE+US")]
    public void Each_provider_family_resolves_to_its_operator(string provider, string cloud, string regionId, string @operator, string answersTo)
    {
        var region = Catalog.FindRegion(provider, regionId);
        Assert.NotNull(region);
        Assert.Equal(cloud, region.Cloud);

        var found = Catalog.Operators.Find(region.Cloud, region.Id, region.Countries);

        Assert.NotNull(found);
        Assert.Equal(@operator, found.Name);
        Assert.Equal(answersTo, string.Join("+", found.AnswersTo));
    }

    [Fact]
    public void An_unlisted_cloud_has_no_operator()
    {
        Assert.Null(Catalog.Operators.Find("oracle-oc2", "us-langley-1", ImmutableArray.Create("US")));
        Assert.Null(Catalog.Operators.Find(null, null, ImmutableArray<string>.Empty));
    }
}
