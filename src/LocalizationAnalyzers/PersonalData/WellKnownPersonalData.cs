using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.PersonalData;

internal enum WellKnownKind
{
    Type,
    Member,
    Container,
    Claim,
}

/// <summary>One row of Data/well_known.tsv.</summary>
internal sealed class WellKnownEntry
{
    public WellKnownEntry(WellKnownKind kind, string name, string display, PersonalDataCategory category, bool isSensitive, string note)
    {
        Kind = kind;
        Name = name;
        Display = display;
        Category = category;
        IsSensitive = isSensitive;
        Note = note;
        var dot = name.LastIndexOf('.');
        TypeName = kind == WellKnownKind.Member && dot > 0 ? name.Substring(0, dot) : name;
        MemberName = kind == WellKnownKind.Member && dot > 0 ? name.Substring(dot + 1) : "";
    }

    public WellKnownKind Kind { get; }

    /// <summary>Type metadata name, type + "." + member, or the claim type value.</summary>
    public string Name { get; }

    /// <summary>How messages show it: MailAddress, ConnectionInfo.RemoteIpAddress, ClaimTypes.Email.</summary>
    public string Display { get; }

    public PersonalDataCategory Category { get; }

    public bool IsSensitive { get; }

    public string Note { get; }

    /// <summary>For a member row, the containing type's metadata name; otherwise <see cref="Name"/>.</summary>
    public string TypeName { get; }

    /// <summary>For a member row, the member's name; otherwise empty.</summary>
    public string MemberName { get; }
}

/// <summary>Well-known personal-data types, members, containers and claims (Data/well_known.tsv), loaded once per process.</summary>
internal sealed class WellKnownPersonalData
{
    public const string ResourceName = "LocalizationAnalyzers.PersonalData.well_known.tsv";

    private static readonly Lazy<WellKnownPersonalData> s_instance = new(() => Load(Tsv.ReadEmbeddedResource(ResourceName)));

    private readonly Dictionary<string, WellKnownEntry> _claims;

    private WellKnownPersonalData(ImmutableArray<WellKnownEntry> entries, ImmutableArray<string> problems)
    {
        Entries = entries;
        Problems = problems;
        // Claim types compare as ClaimsIdentity.FindFirst compares them: ordinal, ignoring case.
        _claims = entries.Where(e => e.Kind == WellKnownKind.Claim)
            .GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        Types = new WellKnownTypes(entries.Where(e => e.Kind == WellKnownKind.Type));
        Containers = new WellKnownTypes(entries.Where(e => e.Kind == WellKnownKind.Container));
        Members = new WellKnownMembers(entries.Where(e => e.Kind == WellKnownKind.Member));
    }

    /// <summary>Type rows, found by the name of a type the recognizer meets: nothing is resolved per compilation.</summary>
    public WellKnownTypes Types { get; }

    public WellKnownTypes Containers { get; }

    /// <summary>Member rows by the name of their containing type, then the member's.</summary>
    public WellKnownMembers Members { get; }

    public static WellKnownPersonalData Instance => s_instance.Value;

    public ImmutableArray<WellKnownEntry> Entries { get; }

    /// <summary>Rows that were not understood and are left out (the tests require none).</summary>
    public ImmutableArray<string> Problems { get; }

    public IEnumerable<WellKnownEntry> OfKind(WellKnownKind kind) => Entries.Where(e => e.Kind == kind);

    public WellKnownEntry? FindClaim(string claimType) => _claims.TryGetValue(claimType, out var entry) ? entry : null;

    public static WellKnownPersonalData Load(IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        var entries = new List<WellKnownEntry>();
        var problems = new List<string>();
        foreach (var row in rows)
        {
            var name = Cell(row, "name");
            WellKnownKind kind;
            switch (Cell(row, "kind"))
            {
                case "type": kind = WellKnownKind.Type; break;
                case "member": kind = WellKnownKind.Member; break;
                case "container": kind = WellKnownKind.Container; break;
                case "claim": kind = WellKnownKind.Claim; break;
                default:
                    problems.Add("row '" + name + "': kind must be type, member, container or claim");
                    continue;
            }

            var category = PersonalDataCategory.Unspecified;
            var isSensitive = false;
            if (kind != WellKnownKind.Container)
            {
                var parsed = PersonalDataCategories.Parse(Cell(row, "category"));
                if (parsed is null or PersonalDataCategory.Unspecified)
                {
                    problems.Add("row '" + name + "': unknown category '" + Cell(row, "category") + "'");
                    continue;
                }

                category = parsed.Value;
                isSensitive = Cell(row, "sensitive") == "yes";
                if (category != PersonalDataCategory.Demographic && isSensitive != category.IsSensitive())
                {
                    problems.Add("row '" + name + "': " + category.ToName() + " is " + (category.IsSensitive() ? "always" : "never") + " sensitive");
                    continue;
                }
            }

            if (name.Length == 0 || (kind == WellKnownKind.Member && name.IndexOf('.') <= 0))
            {
                problems.Add("row '" + name + "': a member is written Namespace.Type.Member");
                continue;
            }

            entries.Add(new WellKnownEntry(kind, name, Cell(row, "display"), category, isSensitive, Cell(row, "note")));
        }

        return new WellKnownPersonalData(entries.ToImmutableArray(), problems.ToImmutableArray());
    }

    private static string Cell(IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value) ? value : "";
}

/// <summary>Well-known type rows (or container rows), matched by the metadata name of a type when it is met.</summary>
internal sealed class WellKnownTypes
{
    private readonly TypeTable<WellKnownEntry> _table;

    public WellKnownTypes(IEnumerable<WellKnownEntry> entries) => _table = new TypeTable<WellKnownEntry>(entries, e => e.TypeName);

    public bool TryGetValue(INamedTypeSymbol type, out WellKnownEntry entry)
    {
        var rows = _table.RowsOf(type);
        entry = rows.IsEmpty ? null! : rows[0];
        return !rows.IsEmpty;
    }

    public bool Contains(INamedTypeSymbol type) => !_table.RowsOf(type).IsEmpty;
}

/// <summary>Well-known member rows, by the metadata name of the containing type (matched when met), then the member's name.</summary>
internal sealed class WellKnownMembers
{
    private readonly TypeTable<Dictionary<string, WellKnownEntry>> _table;

    public WellKnownMembers(IEnumerable<WellKnownEntry> entries) =>
        _table = new TypeTable<Dictionary<string, WellKnownEntry>>(
            entries.GroupBy(e => e.TypeName, StringComparer.Ordinal)
                .Select(g => g.GroupBy(e => e.MemberName, StringComparer.Ordinal).ToDictionary(m => m.Key, m => m.Last(), StringComparer.Ordinal)),
            members => members.Values.First().TypeName);

    public bool TryGetValue(INamedTypeSymbol type, out Dictionary<string, WellKnownEntry> members)
    {
        var rows = _table.RowsOf(type);
        members = rows.IsEmpty ? null! : rows[0];
        return !rows.IsEmpty;
    }
}
