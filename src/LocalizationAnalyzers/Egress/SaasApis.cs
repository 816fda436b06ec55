using System;
using System.Collections.Immutable;
using System.Linq;
using LocalizationAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// SaaS SDKs whose destination is the vendor itself: a SendGrid or Stripe call sends to the vendor's API
/// host whatever client object it is made on. Data, not logic; the hosts are placed by the catalog
/// (Catalog/Data/hosts.tsv). The sending members are rows of <see cref="PayloadApis"/> of kind Saas.
/// </summary>
internal static class SaasApis
{
    public static readonly ImmutableArray<SaasVendor> Vendors = ImmutableArray.Create(
        // SendGrid: SendGridClientOptions.SetDataResidency("eu" | "global") picks the API host (checked
        // against the real assembly in SaasApisTests; hosts and their placement: hosts.tsv source S33).
        new SaasVendor("SendGrid.", "api.sendgrid.com", "SetDataResidency", "eu=api.eu.sendgrid.com global=api.sendgrid.com"),

        // Stripe: one API host, no regional API (hosts.tsv).
        new SaasVendor("Stripe.", "api.stripe.com", null, null));

    public static SaasVendor? For(string typeMetadataName) =>
        Vendors.FirstOrDefault(v => typeMetadataName.StartsWith(v.NamespacePrefix, StringComparison.Ordinal));
}

/// <param name="NamespacePrefix">The SDK's root namespace with its dot: "SendGrid.".</param>
/// <param name="Host">The vendor's API host when nothing selects another.</param>
/// <param name="ResidencyMethod">A method on the client or its options that selects a regional host, if the SDK has one.</param>
/// <param name="Residencies">Space-separated "value=host" pairs the residency method accepts.</param>
internal sealed record SaasVendor(string NamespacePrefix, string Host, string? ResidencyMethod, string? Residencies)
{
    /// <summary>
    /// The vendor host this call sends to: the default, or the one a residency call with a constant value
    /// selects in the same method or in a constructor of the same type (where clients are built).
    /// </summary>
    public ResolvedEndpoint Resolve(IOperation call, LocationCatalog catalog)
    {
        var host = Host;
        if (ResidencyMethod is not null && Residencies is not null && ResidencyValue(call) is { } residency)
        {
            foreach (var pair in Residencies.Split(' '))
            {
                var equals = pair.IndexOf('=');
                if (string.Equals(pair.Substring(0, equals), residency, StringComparison.OrdinalIgnoreCase))
                {
                    host = pair.Substring(equals + 1);
                }
            }
        }

        return new ResolvedEndpoint(null, ImmutableArray.Create(Destination.ForHost(host, catalog)));
    }

    private string? ResidencyValue(IOperation call)
    {
        var root = call;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        if (ResidencyIn(root) is { } inMethod)
        {
            return inMethod;
        }

        if (call.SemanticModel is not { } model || model.GetEnclosingSymbol(call.Syntax.SpanStart)?.ContainingType is not { } type)
        {
            return null;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree == model.SyntaxTree && model.GetOperation(reference.GetSyntax()) is { } body && ResidencyIn(body) is { } inConstructor)
                {
                    return inConstructor;
                }
            }
        }

        return null;
    }

    private string? ResidencyIn(IOperation root)
    {
        foreach (var operation in root.Descendants())
        {
            if (operation is IInvocationOperation { Arguments.Length: 1 } invocation && invocation.TargetMethod.Name == ResidencyMethod &&
                invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string value })
            {
                return value;
            }
        }

        return null;
    }
}
