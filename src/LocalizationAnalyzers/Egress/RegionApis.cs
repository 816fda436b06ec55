using System.Collections.Immutable;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// The SDK members through which code picks a cloud region. Data, not logic: adding a provider's
/// region API is adding a row. Every row is checked against the real SDK assembly in the tests.
/// </summary>
internal static class RegionApis
{
    /// <summary>Types whose static members each denote one region (RegionEndpoint.USEast1).</summary>
    public static readonly ImmutableArray<RegionMemberType> MemberTypes = ImmutableArray.Create(
        new RegionMemberType("Amazon.RegionEndpoint", "RegionEndpoint", "aws"));

    /// <summary>Methods that take a region id as a string (RegionEndpoint.GetBySystemName("us-east-1")).</summary>
    public static readonly ImmutableArray<RegionStringParameter> StringParameters = ImmutableArray.Create(
        new RegionStringParameter("Amazon.RegionEndpoint", "GetBySystemName", "systemName", "aws"));
}

/// <param name="MetadataName">The SDK type.</param>
/// <param name="CatalogName">How regions.tsv names its members (sdk_members column).</param>
/// <param name="Provider">The provider whose regions the members denote.</param>
internal sealed record RegionMemberType(string MetadataName, string CatalogName, string Provider);

/// <param name="TypeMetadataName">The SDK type declaring the method.</param>
/// <param name="MethodName">The method (every overload with the parameter counts).</param>
/// <param name="ParameterName">The string parameter that takes the region id.</param>
/// <param name="Provider">The provider whose region ids the parameter takes.</param>
internal sealed record RegionStringParameter(string TypeMetadataName, string MethodName, string ParameterName, string Provider);
