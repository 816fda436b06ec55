using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Symbols;

/// <summary>
/// Which namespaces a compilation has (in its own source or any reference), asked at compilation start
/// to register only the rules whose tables can match anything: a project without Amazon.* gets no
/// region-member callbacks. Looked up in the compilation's merged namespace tree one segment at a time,
/// each namespace at most once per compilation; nothing is looked up per table row.
/// </summary>
internal sealed class ReferencedNamespaces
{
    private static readonly ConditionalWeakTable<Compilation, ReferencedNamespaces> s_byCompilation = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, INamespaceSymbol?> _namespaces = new(StringComparer.Ordinal);

    private ReferencedNamespaces(Compilation compilation) => _compilation = compilation;

    public static ReferencedNamespaces Of(Compilation compilation) => s_byCompilation.GetValue(compilation, c => new ReferencedNamespaces(c));

    public bool Contains(string name) => Find(name) is not null;

    public bool ContainsAny(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    private INamespaceSymbol? Find(string name)
    {
        if (name.Length == 0)
        {
            return _compilation.GlobalNamespace;
        }

        if (_namespaces.TryGetValue(name, out var known))
        {
            return known;
        }

        var dot = name.LastIndexOf('.');
        INamespaceSymbol? found = null;
        if (Find(dot < 0 ? "" : name.Substring(0, dot)) is { } parent)
        {
            foreach (var member in parent.GetMembers(name.Substring(dot + 1)))
            {
                if (member is INamespaceSymbol ns)
                {
                    found = ns;
                    break;
                }
            }
        }

        return _namespaces.GetOrAdd(name, found);
    }
}
