using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>
/// Root namespaces of the framework and of the egress SDKs the package knows (SPEC §3, "What is not
/// personal data"). A type of these, from a referenced assembly, is the vendor's request, response or
/// option shape: it is not personal data by the members it could hold (PutObjectRequest.Grants[].Grantee.EmailAddress,
/// an empty SentryUser), only by what the code puts into it. Types of the compilation's other projects
/// (referenced assemblies with the organisation's own namespaces) are still examined as containers.
/// Every root namespace of the SDK tables (PayloadApis, EndpointApis, RegionApis) is listed here; a test keeps it so.
/// </summary>
internal static class SdkNamespaces
{
    public static readonly ImmutableHashSet<string> Roots = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System", "Microsoft",
        "Amazon", "Azure", "Google", "Grpc", "Sentry", "OpenTelemetry",
        "RestSharp", "Flurl", "Refit", "MailKit", "MimeKit",
        "Npgsql", "MongoDB", "StackExchange",
        "Aliyun", "AlibabaCloud", "Tea", "TencentCloud", "COSXML", "HuaweiCloud", "Qiniu", "Baidu", "Volcengine",
        "Stripe", "Twilio", "SendGrid");

    /// <summary>A type from a referenced assembly (not this compilation's source) under one of the roots.</summary>
    public static bool Contains(INamedTypeSymbol type) => MetadataRootOf(type) is { } root && Roots.Contains(root);

    /// <summary>The root namespace ("System", "Amazon") of a type from a referenced assembly; null for the compilation's own types and the global namespace.</summary>
    public static string? MetadataRootOf(INamedTypeSymbol type)
    {
        if (!type.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        var root = type.ContainingNamespace;
        if (root is null || root.IsGlobalNamespace)
        {
            return null;
        }

        while (root.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            root = parent;
        }

        return root.Name;
    }
}
