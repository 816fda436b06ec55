using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

/// <summary>The <see cref="SovereignCloudApis"/> rows this compilation references.</summary>
internal sealed class SovereignCloudSymbols
{
    private readonly Dictionary<INamedTypeSymbol, ImmutableArray<SovereignCloudMember>> _byType;

    private SovereignCloudSymbols(Dictionary<INamedTypeSymbol, ImmutableArray<SovereignCloudMember>> byType) => _byType = byType;

    public static SovereignCloudSymbols? Resolve(Compilation compilation)
    {
        var byType = SymbolTable.Resolve(compilation, SovereignCloudApis.All, r => r.TypeMetadataName);
        return byType.Count == 0 ? null : new SovereignCloudSymbols(byType);
    }

    public SovereignCloudMember? Find(ISymbol member) =>
        member.IsStatic && member.ContainingType is { } type && _byType.TryGetValue(type, out var rows)
            ? rows.FirstOrDefault(r => r.MemberName == member.Name)
            : null;

    /// <summary>The other members of the same type: the clouds a fix can switch to.</summary>
    public ImmutableArray<SovereignCloudMember> Siblings(SovereignCloudMember member) =>
        SovereignCloudApis.All.Where(r => r.TypeMetadataName == member.TypeMetadataName && r != member).ToImmutableArray();
}
