using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// SDK base types whose every subclass is a cloud service client: creating one is an egress site whose
/// destination is the region or endpoint it is built with. Data, not logic; each row is checked against the
/// SDK (or its source-declared stand-in) in the tests.
/// </summary>
internal static class CloudClients
{
    public static readonly ImmutableArray<CloudClientBase> BaseTypes = ImmutableArray.Create(
        // AWS: AmazonS3Client, AmazonDynamoDBClient, ... Without arguments the environment (AWS_REGION, profile) decides.
        new CloudClientBase("Amazon.Runtime.AmazonServiceClient", ImplicitWithoutArguments: true),

        // ---- Chinese clouds (issue 12)
        // Tencent Cloud API 3.0: SmsClient, HunyuanClient, ... take (credential, region[, profile]).
        new CloudClientBase("TencentCloud.Common.AbstractClient", ImplicitWithoutArguments: false),

        // Alibaba Cloud OpenAPI (Tea): every AlibabaCloud.SDK.<Product>.Client is built with a Config (Endpoint, RegionId).
        new CloudClientBase("AlibabaCloud.OpenApiClient.Client", ImplicitWithoutArguments: false));
}

/// <param name="MetadataName">The base type of the SDK's service clients.</param>
/// <param name="ImplicitWithoutArguments">A client created without arguments takes its region from the environment.</param>
internal sealed record CloudClientBase(string MetadataName, bool ImplicitWithoutArguments);

/// <summary>The <see cref="CloudClients"/> base types this compilation references; answers per client type, cached.</summary>
internal sealed class CloudClientSymbols
{
    private readonly Dictionary<INamedTypeSymbol, CloudClientBase> _bases;
    private readonly ConcurrentDictionary<INamedTypeSymbol, CloudClientBase?> _byType = new(SymbolEqualityComparer.Default);

    private CloudClientSymbols(Dictionary<INamedTypeSymbol, CloudClientBase> bases) => _bases = bases;

    /// <summary>Null when the compilation references none of the base types.</summary>
    public static CloudClientSymbols? Resolve(Compilation compilation)
    {
        var bases = new Dictionary<INamedTypeSymbol, CloudClientBase>(SymbolEqualityComparer.Default);
        foreach (var row in CloudClients.BaseTypes)
        {
            if (compilation.GetTypeByMetadataName(row.MetadataName) is { } type)
            {
                bases[type] = row;
            }
        }

        return bases.Count == 0 ? null : new CloudClientSymbols(bases);
    }

    /// <summary>The row whose base type this client type derives from (the base itself is no service client).</summary>
    public CloudClientBase? BaseOf(INamedTypeSymbol type) =>
        _byType.GetOrAdd(type, t =>
        {
            for (var current = t.BaseType; current is not null; current = current.BaseType)
            {
                if (_bases.TryGetValue(current.OriginalDefinition, out var row))
                {
                    return row;
                }
            }

            return null;
        });
}
