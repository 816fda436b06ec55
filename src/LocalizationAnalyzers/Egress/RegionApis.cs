using System.Collections.Immutable;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// The SDK members through which code picks a cloud region. Data, not logic: adding a provider's
/// region API is adding a row. Every row is checked against the real SDK assembly in the tests.
/// </summary>
internal static class RegionApis
{
    /// <summary>Types whose static members each denote one region (RegionEndpoint.USEast1, AzureLocation.EastUS, Regions.WestUS).</summary>
    public static readonly ImmutableArray<RegionMemberType> MemberTypes = ImmutableArray.Create(
        new RegionMemberType("Amazon.RegionEndpoint", "RegionEndpoint", "aws"),
        new RegionMemberType("Azure.Core.AzureLocation", "AzureLocation", "azure"),
        new RegionMemberType("Microsoft.Azure.Cosmos.Regions", "Regions", "azure"));

    /// <summary>
    /// Types whose values are regions wherever the static member holding one is declared. Huawei Cloud has one
    /// &lt;Service&gt;Region class per service (SmnRegion, OcrRegion, ...), each with static HuaweiCloud.SDK.Core.Region
    /// fields named after the region id (CN_NORTH_4 = "cn-north-4") and a ValueOf(regionId) factory: one row
    /// covers every service, and the member names follow from the catalog's region ids.
    /// </summary>
    public static readonly ImmutableArray<RegionValueType> ValueTypes = ImmutableArray.Create(
        new RegionValueType("HuaweiCloud.SDK.Core.Region", "huawei", "ValueOf", "regionId"));

    /// <summary>Parameters and properties that take a region id or name as a string.</summary>
    public static readonly ImmutableArray<RegionStringSink> StringSinks = ImmutableArray.Create(
        new RegionStringSink("Amazon.RegionEndpoint", "GetBySystemName", "systemName", "aws"),
        new RegionStringSink("Azure.Core.AzureLocation", ".ctor", "location", "azure"),
        new RegionStringSink("Azure.Core.AzureLocation", ".ctor", "name", "azure"),
        new RegionStringSink("Azure.Core.AzureLocation", "op_Implicit", "location", "azure"),
        new RegionStringSink("Microsoft.Azure.Cosmos.CosmosClientOptions", "ApplicationRegion", null, "azure"),
        new RegionStringSink("Microsoft.Azure.Cosmos.CosmosClientOptions", "ApplicationPreferredRegions", null, "azure"),
        new RegionStringSink("Microsoft.Azure.Cosmos.Fluent.CosmosClientBuilder", "WithApplicationRegion", "applicationRegion", "azure"),
        new RegionStringSink("Microsoft.Azure.Cosmos.Fluent.CosmosClientBuilder", "WithApplicationPreferredRegions", "applicationPreferredRegions", "azure"),
        new RegionStringSink("Google.Apis.Storage.v1.Data.Bucket", "Location", null, "gcp"),

        // ---- Chinese clouds (issue 12). A ".ctor" row also covers the constructors of the type's subclasses
        // with a parameter of that name: every TencentCloud service client passes (credential, region) to AbstractClient.
        // Alibaba Cloud: OSS V4 signing region; the Tea/OpenAPI Config every AlibabaCloud.SDK.* client is built with;
        // the classic core SDK's profile and CommonRequest.
        new RegionStringSink("Aliyun.OSS.OssClient", "SetRegion", "region", "alibaba"),
        new RegionStringSink("AlibabaCloud.OpenApiClient.Models.Config", "RegionId", null, "alibaba"),
        new RegionStringSink("Aliyun.Acs.Core.Profile.DefaultProfile", "GetProfile", "regionId", "alibaba"),
        new RegionStringSink("Aliyun.Acs.Core.CommonRequest", "RegionId", null, "alibaba"),

        // Tencent Cloud: COS config builder; API 3.0 clients.
        new RegionStringSink("COSXML.CosXmlConfig+Builder", "SetRegion", "region", "tencent"),
        new RegionStringSink("TencentCloud.Common.AbstractClient", ".ctor", "region", "tencent"),

        // Huawei Cloud: a Region built by hand (ValueOf and the static fields are ValueTypes above).
        new RegionStringSink("HuaweiCloud.SDK.Core.Region", ".ctor", "id", "huawei"));
}

/// <param name="MetadataName">The SDK type.</param>
/// <param name="CatalogName">How regions.tsv names its members (sdk_members column).</param>
/// <param name="Provider">The provider whose regions the members denote.</param>
internal sealed record RegionMemberType(string MetadataName, string CatalogName, string Provider);

/// <param name="MetadataName">The SDK type whose values are regions.</param>
/// <param name="Provider">The provider whose regions they are.</param>
/// <param name="FactoryMethod">A static method of any type, returning this type, that takes a region id.</param>
/// <param name="FactoryParameter">That method's region id parameter.</param>
internal sealed record RegionValueType(string MetadataName, string Provider, string FactoryMethod, string FactoryParameter)
{
    /// <summary>The static member that denotes a region id by the vendor's naming: "cn-north-4" is CN_NORTH_4.</summary>
    public static string MemberNameOf(string regionId) => regionId.ToUpperInvariant().Replace('-', '_');

    /// <summary>The region id a member name denotes: CN_NORTH_4 is "cn-north-4".</summary>
    public static string RegionIdOf(string memberName) => memberName.ToLowerInvariant().Replace('_', '-');

    /// <summary>The sink a factory call's region id argument is judged as.</summary>
    public RegionStringSink FactorySink { get; } = new(MetadataName, FactoryMethod, FactoryParameter, Provider);
}

/// <param name="TypeMetadataName">The SDK type declaring the member.</param>
/// <param name="MemberName">Method (".ctor", "op_Implicit" for a conversion) or property.</param>
/// <param name="ParameterName">The string parameter; null for a property. A list-typed one takes several regions.</param>
/// <param name="Provider">The provider whose region ids (or, for Azure, display names) it takes.</param>
internal sealed record RegionStringSink(string TypeMetadataName, string MemberName, string? ParameterName, string Provider);
