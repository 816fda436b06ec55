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
        new RegionStringSink("Google.Apis.Storage.v1.Data.Bucket", "Location", null, "gcp"));
}

/// <param name="MetadataName">The SDK type.</param>
/// <param name="CatalogName">How regions.tsv names its members (sdk_members column).</param>
/// <param name="Provider">The provider whose regions the members denote.</param>
internal sealed record RegionMemberType(string MetadataName, string CatalogName, string Provider);

/// <param name="TypeMetadataName">The SDK type declaring the member.</param>
/// <param name="MemberName">Method (".ctor", "op_Implicit" for a conversion) or property.</param>
/// <param name="ParameterName">The string parameter; null for a property. A list-typed one takes several regions.</param>
/// <param name="Provider">The provider whose region ids (or, for Azure, display names) it takes.</param>
internal sealed record RegionStringSink(string TypeMetadataName, string MemberName, string? ParameterName, string Provider);
