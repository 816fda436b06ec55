using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Symbols;

/// <summary>
/// The rows of an API table, keyed by the metadata name of the type that declares them, and found when
/// code uses a member of a type of that name: nothing is resolved per compilation, so a row costs nothing
/// in a project that never meets its type. Built once per process. Matched by name, not by assembly:
/// types move between assemblies (AzureAuthorityHosts now lives in Azure.Core), and a type of the
/// SDK's name declared in source stands for the SDK's type, as it did when the rows were resolved with
/// GetTypeByMetadataName.
/// </summary>
internal sealed class TypeTable<T>
{
    // By the type's own metadata name ("HttpClient", "IdentityUser`1"): most types a rule meets are not
    // in the table and cost one lookup of a string the symbol already holds.
    private readonly Dictionary<string, (string FullName, ImmutableArray<T> Rows)[]> _byName = new(StringComparer.Ordinal);

    public TypeTable(IEnumerable<T> rows, Func<T, string> typeMetadataName)
    {
        foreach (var group in rows.GroupBy(typeMetadataName, StringComparer.Ordinal))
        {
            var name = TypeNames.OwnName(group.Key);
            _byName[name] = (_byName.TryGetValue(name, out var same) ? same : Array.Empty<(string, ImmutableArray<T>)>())
                .Append((group.Key, group.ToImmutableArray())).ToArray();
        }

        Namespaces = _byName.Values.SelectMany(e => e).Select(e => TypeNames.NamespaceOf(e.FullName)).Distinct(StringComparer.Ordinal).ToImmutableArray();
        MemberNames = ImmutableHashSet<string>.Empty;
    }

    /// <summary>The namespaces the table's types live in: a compilation without any of them has nothing for it.</summary>
    public ImmutableArray<string> Namespaces { get; }

    /// <summary>Names of the members the rows are about, for a first check before the type's (set with <see cref="WithMemberNames"/>).</summary>
    public ImmutableHashSet<string> MemberNames { get; private set; }

    public TypeTable<T> WithMemberNames(IEnumerable<T> rows, Func<T, string> memberName)
    {
        MemberNames = rows.Select(memberName).ToImmutableHashSet(StringComparer.Ordinal);
        return this;
    }

    /// <summary>The rows of exactly this type (pass the original definition of a constructed generic type); empty when none.</summary>
    public ImmutableArray<T> RowsOf(INamedTypeSymbol? type)
    {
        if (type is null || !_byName.TryGetValue(type.MetadataName, out var entries))
        {
            return ImmutableArray<T>.Empty;
        }

        foreach (var (fullName, rows) in entries)
        {
            if (TypeNames.Is(type, fullName))
            {
                return rows;
            }
        }

        return ImmutableArray<T>.Empty;
    }
}

/// <summary>Metadata names of types ("Amazon.Runtime.AmazonServiceClient", "Outer+Nested", "IdentityUser`1") compared with symbols without allocating.</summary>
internal static class TypeNames
{
    /// <summary>Whether the type's metadata name is <paramref name="fullName"/>.</summary>
    public static bool Is(INamedTypeSymbol type, string fullName)
    {
        var end = fullName.Length;
        var current = type;
        while (true)
        {
            var name = current.MetadataName;
            if (!EndsWithAt(fullName, end, name))
            {
                return false;
            }

            end -= name.Length;
            if (current.ContainingType is not { } outer)
            {
                break;
            }

            if (end == 0 || fullName[end - 1] != '+')
            {
                return false;
            }

            end--;
            current = outer;
        }

        for (var ns = current.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (end == 0 || fullName[end - 1] != '.')
            {
                return false;
            }

            end--;
            if (!EndsWithAt(fullName, end, ns.Name))
            {
                return false;
            }

            end -= ns.Name.Length;
        }

        return end == 0;
    }

    /// <summary>The type or one of its base types has this metadata name.</summary>
    public static bool DerivesFromOrIs(ITypeSymbol? type, string fullName)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (Is(current.OriginalDefinition, fullName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"HttpClient" of "System.Net.Http.HttpClient", "Inner" of "Ns.Outer+Inner".</summary>
    public static string OwnName(string fullName)
    {
        var plus = fullName.LastIndexOf('+');
        return fullName.Substring((plus >= 0 ? plus : fullName.LastIndexOf('.')) + 1);
    }

    /// <summary>"System.Net.Http" of "System.Net.Http.HttpClient" (and of "System.Net.Http.Outer+Inner"); "" for the global namespace.</summary>
    public static string NamespaceOf(string fullName)
    {
        var plus = fullName.IndexOf('+');
        var dot = fullName.LastIndexOf('.', plus >= 0 ? plus : fullName.Length - 1);
        return dot < 0 ? "" : fullName.Substring(0, dot);
    }

    private static bool EndsWithAt(string text, int end, string part) =>
        end >= part.Length && string.CompareOrdinal(text, end - part.Length, part, 0, part.Length) == 0;
}
