using System.Reflection;
using LocalizationAnalyzers.Catalog;
using Xunit;

namespace LocalizationAnalyzers.Tests.Catalog;

/// <summary>The catalog against the real AWSSDK.Core: a region the SDK knows and the catalog cannot place fails here.</summary>
public class AwsRegionCatalogTests
{
    public static TheoryData<string> RegionEndpointFields()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(Amazon.RegionEndpoint).GetFields(BindingFlags.Public | BindingFlags.Static)
                     .Where(f => f.FieldType == typeof(Amazon.RegionEndpoint)))
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegionEndpointFields))]
    public void Every_RegionEndpoint_field_is_placed_in_a_country(string fieldName)
    {
        var sdkRegion = (Amazon.RegionEndpoint)typeof(Amazon.RegionEndpoint).GetField(fieldName)!.GetValue(null)!;

        var region = LocationCatalog.Instance.FindRegionBySdkMember("RegionEndpoint", fieldName);

        Assert.NotNull(region);
        Assert.Equal("aws", region.Provider);
        Assert.Equal(sdkRegion.SystemName, region.Id);
        Assert.NotEmpty(region.Countries);
        Assert.All(region.Countries, c => Assert.True(LocationCatalog.Instance.Countries.IsCountry(c), c));
    }

    [Fact]
    public void The_SDK_has_as_many_region_fields_as_the_catalog_names()
    {
        var catalogMembers = LocationCatalog.Instance.Regions
            .SelectMany(r => r.SdkMembers)
            .Where(m => m.StartsWith("RegionEndpoint.", StringComparison.Ordinal))
            .Select(m => m["RegionEndpoint.".Length..])
            .OrderBy(m => m, StringComparer.Ordinal)
            .ToList();
        var sdkFields = ((IEnumerable<object[]>)RegionEndpointFields()).Select(row => (string)row[0]).OrderBy(m => m, StringComparer.Ordinal).ToList();

        Assert.Equal(sdkFields, catalogMembers);
    }

    [Theory]
    [InlineData("cn-north-1", "CN")]
    [InlineData("cn-northwest-1", "CN")]
    [InlineData("ap-east-1", "HK")]
    [InlineData("ap-east-2", "TW")]
    [InlineData("eu-west-1", "IE")]
    [InlineData("eu-west-2", "GB")]
    [InlineData("eu-central-2", "CH")]
    [InlineData("us-gov-west-1", "US")]
    [InlineData("eusc-de-east-1", "DE")]
    public void Regions_whose_country_the_law_turns_on(string id, string country)
    {
        var region = LocationCatalog.Instance.FindRegion("aws", id);

        Assert.NotNull(region);
        Assert.Equal(new[] { country }, region.Countries);
    }

    [Fact]
    public void Blocs_expand_to_their_member_states()
    {
        var countries = LocationCatalog.Instance.Countries;

        Assert.Equal(27, countries.Expand("EU").Length);
        Assert.Equal(30, countries.Expand("EEA").Length);
        Assert.Contains("NO", countries.Expand("EEA"));
        Assert.DoesNotContain("NO", countries.Expand("EU"));
        Assert.DoesNotContain("GB", countries.Expand("EEA"));
        Assert.DoesNotContain("CH", countries.Expand("EEA"));
    }
}
