using System.Collections.Immutable;
using System.Linq;
using LocalizationAnalyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// SDK members that select a whole (sovereign) cloud: Entra ID authority hosts and ARM environments.
/// Data; each row is checked against the SDK assembly in the tests.
/// </summary>
internal static class SovereignCloudApis
{
    public static readonly ImmutableArray<SovereignCloudMember> All = ImmutableArray.Create(
        new SovereignCloudMember("Azure.Identity.AzureAuthorityHosts", "AzurePublicCloud", "azure", null),
        new SovereignCloudMember("Azure.Identity.AzureAuthorityHosts", "AzureChina", "azure-china", null),
        new SovereignCloudMember("Azure.Identity.AzureAuthorityHosts", "AzureGovernment", "azure-us-gov", null),
        new SovereignCloudMember("Azure.Identity.AzureAuthorityHosts", "AzureGermany", "azure-germany", null),
        // Bleu is operated in France for French customers (catalog.md 1.2, Cosmos "Bleu France" regions).
        new SovereignCloudMember("Azure.Identity.AzureAuthorityHosts", "AzureBleuCloud", "azure-bleu", "FR"),
        new SovereignCloudMember("Azure.ResourceManager.ArmEnvironment", "AzurePublicCloud", "azure", null),
        new SovereignCloudMember("Azure.ResourceManager.ArmEnvironment", "AzureChina", "azure-china", null),
        new SovereignCloudMember("Azure.ResourceManager.ArmEnvironment", "AzureGovernment", "azure-us-gov", null),
        new SovereignCloudMember("Azure.ResourceManager.ArmEnvironment", "AzureGermany", "azure-germany", null));
}

/// <param name="TypeMetadataName">The SDK type.</param>
/// <param name="MemberName">The static member selecting the cloud.</param>
/// <param name="Cloud">The cloud, as regions.tsv names it; its regions' countries are where it is.</param>
/// <param name="Countries">Where the cloud is when regions.tsv has no regions for it.</param>
internal sealed record SovereignCloudMember(string TypeMetadataName, string MemberName, string Cloud, string? Countries);

/// <summary>The <see cref="SovereignCloudApis"/> rows, matched by type name when code uses a member (<see cref="TypeTable{T}"/>).</summary>
internal sealed class SovereignCloudSymbols
{
    private static readonly TypeTable<SovereignCloudMember> s_table = new(SovereignCloudApis.All, r => r.TypeMetadataName);

    private static readonly SovereignCloudSymbols s_instance = new();

    private SovereignCloudSymbols()
    {
    }

    /// <summary>Null when the compilation has none of the tables' namespaces.</summary>
    public static SovereignCloudSymbols? Resolve(Compilation compilation) =>
        ReferencedNamespaces.Of(compilation).ContainsAny(s_table.Namespaces) ? s_instance : null;

    public SovereignCloudMember? Find(ISymbol member)
    {
        if (!member.IsStatic || member.ContainingType is not { } type)
        {
            return null;
        }

        foreach (var row in s_table.RowsOf(type))
        {
            if (row.MemberName == member.Name)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>The other members of the same type: the clouds a fix can switch to.</summary>
    public ImmutableArray<SovereignCloudMember> Siblings(SovereignCloudMember member) =>
        SovereignCloudApis.All.Where(r => r.TypeMetadataName == member.TypeMetadataName && r != member).ToImmutableArray();
}
