using System.Reflection;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace LocalizationAnalyzers.Tests.ChineseClouds;

/// <summary>
/// The Chinese clouds' rows of the SDK tables against tests/VendorApis, the source-declared stand-ins of the
/// Alibaba, Tencent and Huawei SDKs (their packages are not served here). The generic row tests (PayloadApisTests,
/// EndpointApisTests, SdkRegionCatalogTests) check every member and parameter; these check that the vendor rows
/// are really answered by the stand-ins and the shapes only these vendors have.
/// </summary>
public class VendorTableTests
{
    private static readonly Assembly s_vendorApis = typeof(Aliyun.OSS.OssClient).Assembly;

    private static readonly string[] s_vendorNamespaces = { "Aliyun.", "AlibabaCloud.", "COSXML.", "TencentCloud.", "HuaweiCloud." };

    private static bool IsVendorRow(string typeName) => s_vendorNamespaces.Any(typeName.StartsWith);

    public static TheoryData<string> VendorTypes()
    {
        var data = new TheoryData<string>();
        foreach (var name in PayloadApis.All.Select(r => r.TypeMetadataName)
                     .Concat(EndpointApis.All.Select(r => r.TypeMetadataName))
                     .Concat(RegionApis.StringSinks.Select(r => r.TypeMetadataName))
                     .Concat(RegionApis.ValueTypes.Select(r => r.MetadataName))
                     .Concat(CloudClients.BaseTypes.Select(r => r.MetadataName))
                     .Where(IsVendorRow).Distinct())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VendorTypes))]
    public void Every_vendor_row_names_a_type_of_the_stand_ins(string typeName) =>
        Assert.True(s_vendorApis.GetType(typeName) is not null, $"{typeName} is not declared in tests/VendorApis");

    [Fact]
    public void Every_client_base_type_exists_and_is_a_class()
    {
        foreach (var row in CloudClients.BaseTypes)
        {
            var type = SdkTypes.Find(row.MetadataName);
            Assert.True(type is { IsClass: true }, row.MetadataName);
        }
    }

    [Fact]
    public void Every_region_value_type_has_its_factory_and_members_named_after_catalog_regions()
    {
        foreach (var row in RegionApis.ValueTypes)
        {
            var valueType = SdkTypes.Find(row.MetadataName);
            Assert.NotNull(valueType);

            // Every static member of that type the stand-ins declare (SmnRegion.CN_NORTH_4, ...) names a region the catalog places,
            // and its owner has the factory with the region id parameter.
            var holders = s_vendorApis.GetTypes().Where(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Any(f => f.FieldType == valueType)).ToList();
            Assert.NotEmpty(holders);
            foreach (var holder in holders)
            {
                var factory = holder.GetMethod(row.FactoryMethod, BindingFlags.Public | BindingFlags.Static);
                Assert.True(factory is not null && factory.ReturnType == valueType, $"{holder.FullName}.{row.FactoryMethod}");
                Assert.Equal(row.FactoryParameter, Assert.Single(factory!.GetParameters()).Name);
                foreach (var field in holder.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == valueType))
                {
                    var region = LocationCatalog.Instance.FindRegion(row.Provider, RegionValueType.RegionIdOf(field.Name));
                    Assert.True(region is not null, $"{holder.Name}.{field.Name} names no {row.Provider} region of the catalog");
                    Assert.Equal(field.Name, RegionValueType.MemberNameOf(region!.Id));
                }
            }
        }
    }

    [Theory]
    [InlineData("alibaba", "cn-hangzhou", "CN")]
    [InlineData("alibaba", "cn-hongkong", "HK")]
    [InlineData("tencent", "ap-guangzhou", "CN")]
    [InlineData("tencent", "ap-hongkong", "HK")]
    [InlineData("huawei", "cn-north-4", "CN")]
    [InlineData("huawei", "ap-southeast-1", "HK")]
    public void The_regions_the_vendor_tests_use_are_placed_as_they_assume(string provider, string id, string country) =>
        Assert.Equal(new[] { country }, LocationCatalog.Instance.FindRegion(provider, id)!.Countries);
}
