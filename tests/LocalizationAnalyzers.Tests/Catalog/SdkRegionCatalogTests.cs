using System.Reflection;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace LocalizationAnalyzers.Tests.Catalog;

/// <summary>
/// The catalog against the real Azure.Core, Cosmos DB, Azure.Identity and Azure.ResourceManager
/// assemblies: a region or cloud the SDK knows and the catalog cannot place fails here.
/// </summary>
public class SdkRegionCatalogTests
{
    public static TheoryData<string> AzureLocationProperties()
    {
        var data = new TheoryData<string>();
        foreach (var property in typeof(Azure.Core.AzureLocation).GetProperties(BindingFlags.Public | BindingFlags.Static))
        {
            data.Add(property.Name);
        }

        return data;
    }

    public static TheoryData<string> CosmosRegionConstants()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(Microsoft.Azure.Cosmos.Regions).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AzureLocationProperties))]
    public void Every_AzureLocation_is_placed(string property)
    {
        var location = (Azure.Core.AzureLocation)typeof(Azure.Core.AzureLocation).GetProperty(property)!.GetValue(null)!;

        var region = LocationCatalog.Instance.FindRegionBySdkMember("AzureLocation", property);

        Assert.NotNull(region);
        Assert.Equal("azure", region.Provider);
        Assert.Equal(location.Name, region.Id);
        Assert.NotEmpty(region.Countries);
    }

    [Theory]
    [MemberData(nameof(CosmosRegionConstants))]
    public void Every_Cosmos_region_constant_is_placed_and_its_value_resolves_to_the_same_region(string constant)
    {
        var value = (string)typeof(Microsoft.Azure.Cosmos.Regions).GetField(constant)!.GetRawConstantValue()!;

        var byMember = LocationCatalog.Instance.FindRegionBySdkMember("Regions", constant);
        var byText = LocationCatalog.Instance.FindRegionByText("azure", value);

        Assert.NotNull(byMember);
        Assert.Same(byMember, byText);
        Assert.NotEmpty(byMember.Countries);
    }

    [Fact]
    public void Region_API_rows_name_real_SDK_members()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance;
        foreach (var row in RegionApis.MemberTypes)
        {
            Assert.NotNull(SdkTypes.Find(row.MetadataName));
        }

        foreach (var row in RegionApis.StringSinks)
        {
            var type = SdkTypes.Find(row.TypeMetadataName);
            Assert.True(type is not null, row.TypeMetadataName);
            if (row.ParameterName is null)
            {
                Assert.True(type.GetProperty(row.MemberName, all)?.SetMethod is not null, $"{row.TypeMetadataName}.{row.MemberName}");
            }
            else
            {
                var methods = row.MemberName == ".ctor" ? type.GetConstructors().Cast<MethodBase>() : type.GetMethods(all).Where(m => m.Name == row.MemberName);
                Assert.True(methods.Any(m => m.GetParameters().Any(p => p.Name == row.ParameterName)), $"{row.TypeMetadataName}.{row.MemberName}({row.ParameterName})");
            }
        }
    }

    [Theory]
    [InlineData("azure", "chinanorth3", "CN")]
    [InlineData("azure", "westeurope", "NL")]
    [InlineData("azure", "northeurope", "IE")]
    [InlineData("azure", "eastasia", "HK")]
    [InlineData("azure", "southeastasia", "SG")]
    [InlineData("gcp", "asia-east2", "HK")]
    [InlineData("gcp", "asia-east1", "TW")]
    [InlineData("gcp", "europe-west2", "GB")]
    [InlineData("alibaba", "cn-hongkong", "HK")]
    [InlineData("alibaba", "eu-west-1", "GB")]
    [InlineData("huawei", "ap-southeast-1", "HK")]
    [InlineData("tencent", "ap-guangzhou", "CN")]
    [InlineData("yandex", "ru-central1", "RU")]
    [InlineData("oracle", "eu-frankfurt-1", "DE")]
    public void Regions_of_every_provider_whose_country_the_law_turns_on(string provider, string id, string country)
    {
        var region = LocationCatalog.Instance.FindRegion(provider, id);

        Assert.NotNull(region);
        Assert.Equal(new[] { country }, region.Countries);
    }

    [Fact]
    public void Every_provider_has_regions()
    {
        var counts = LocationCatalog.Instance.Regions.GroupBy(r => r.Provider).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(new[] { "alibaba", "aws", "azure", "gcp", "huawei", "oracle", "tencent", "yandex" }, counts.Keys.Order());
        Assert.All(counts, c => Assert.True(c.Value >= 3, c.Key));
    }
}

/// <summary>Every cloud the Azure SDKs can select is in the sovereign-cloud table and placed in a country.</summary>
public class SovereignCloudCatalogTests
{
    [Fact]
    public void Every_AzureAuthorityHosts_and_ArmEnvironment_member_is_known_and_placed()
    {
        var members = typeof(Azure.Identity.AzureAuthorityHosts).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => ("Azure.Identity.AzureAuthorityHosts", p.Name))
            .Concat(typeof(Azure.ResourceManager.ArmEnvironment).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(Azure.ResourceManager.ArmEnvironment)).Select(f => ("Azure.ResourceManager.ArmEnvironment", f.Name)))
            .ToList();

        Assert.NotEmpty(members);
        foreach (var (type, member) in members)
        {
            var row = LocalizationAnalyzers.Egress.SovereignCloudApis.All.SingleOrDefault(r => r.TypeMetadataName == type && r.MemberName == member);
            Assert.True(row is not null, $"{type}.{member} is not in SovereignCloudApis");
            var countries = row.Countries is { } fixedCountries
                ? LocationCatalog.Instance.Countries.Expand(fixedCountries)
                : LocationCatalog.Instance.CountriesOfCloud(row.Cloud);
            Assert.False(countries.IsEmpty, $"{type}.{member} ({row.Cloud}) is not placed in any country");
        }
    }
}
