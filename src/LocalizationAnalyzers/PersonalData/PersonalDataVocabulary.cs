using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LocalizationAnalyzers.Catalog;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>
/// The curated name vocabulary (Data/vocabulary.tsv; its header documents the rules implemented here).
/// Loaded once per process: the data is immutable and does not depend on any compilation.
/// </summary>
internal sealed class PersonalDataVocabulary
{
    public const string ResourceName = "LocalizationAnalyzers.PersonalData.vocabulary.tsv";

    private static readonly Lazy<PersonalDataVocabulary> s_instance = new(() => Load(Tsv.ReadEmbeddedResource(ResourceName)));

    // First word → entries starting with it, longest first.
    private readonly Dictionary<string, ImmutableArray<VocabularyEntry>> _pii;
    private readonly Dictionary<string, ImmutableArray<VocabularyEntry>> _exclusions;
    private readonly HashSet<string> _metadata;
    private readonly HashSet<string> _typeSuffixes;
    private readonly ImmutableArray<VocabularyEntry> _persons;

    private PersonalDataVocabulary(ImmutableArray<VocabularyEntry> entries, ImmutableArray<string> problems)
    {
        Entries = entries;
        Problems = problems;
        _pii = Index(entries.Where(e => e.Kind == VocabularyKind.Pii));
        _exclusions = Index(entries.Where(e => e.Kind == VocabularyKind.Exclude));
        _metadata = new HashSet<string>(entries.Where(e => e.Kind == VocabularyKind.Metadata).Select(e => e.Words[0]), StringComparer.Ordinal);
        _typeSuffixes = new HashSet<string>(entries.Where(e => e.Kind == VocabularyKind.TypeSuffix).Select(e => e.Words[0]), StringComparer.Ordinal);
        _persons = entries.Where(e => e.Kind == VocabularyKind.Person).ToImmutableArray();
    }

    public static PersonalDataVocabulary Instance => s_instance.Value;

    /// <summary>Every row that was understood, in file order.</summary>
    public ImmutableArray<VocabularyEntry> Entries { get; }

    /// <summary>Rows that were not understood and are left out (the tests require none).</summary>
    public ImmutableArray<string> Problems { get; }

    public static PersonalDataVocabulary Load(IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        var entries = new List<VocabularyEntry>();
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var entry = ReadRow(row, out var problem);
            if (entry is null)
            {
                problems.Add(problem!);
            }
            else if (!seen.Add(entry.Kind + ":" + string.Join(" ", entry.Words)))
            {
                problems.Add(entry + ": duplicate row");
            }
            else
            {
                entries.Add(entry);
            }
        }

        // An exclusion that contains no pii pattern would never suppress anything.
        var draft = new PersonalDataVocabulary(entries.ToImmutableArray(), ImmutableArray<string>.Empty);
        var useless = entries.Where(e => e.Kind == VocabularyKind.Exclude && draft.FindPii(e.Words).IsEmpty).ToList();
        problems.AddRange(useless.Select(e => e + ": contains no pii pattern, so it excludes nothing"));

        return new PersonalDataVocabulary(entries.Except(useless).ToImmutableArray(), problems.ToImmutableArray());
    }

    /// <summary>
    /// The pii entry an identifier's words name, with the rules of vocabulary.tsv applied, or null.
    /// <paramref name="personType"/>: the identifier names a member or parameter of a type whose name
    /// names a person (<see cref="IsPersonTypeName"/>), which lets a person-context pattern stand alone.
    /// </summary>
    public VocabularyEntry? Match(ImmutableArray<string> words, bool personType)
    {
        VocabularyEntry? first = null;
        foreach (var reading in Read(words, personType))
        {
            if (reading.Verdict != HitVerdict.Counts)
            {
                continue;
            }

            if (reading.Hit.Entry.IsSensitive)
            {
                return reading.Hit.Entry;
            }

            first ??= reading.Hit.Entry;
        }

        return first;
    }

    /// <summary>
    /// The category hint for data already known to be personal (an attribute or the policy says so):
    /// any pii pattern in the words, ignoring exclusions, metadata and person context. Sensitive first.
    /// </summary>
    public VocabularyEntry? MatchLenient(ImmutableArray<string> words)
    {
        VocabularyEntry? first = null;
        foreach (var hit in FindPii(words))
        {
            if (hit.Entry.IsSensitive)
            {
                return hit.Entry;
            }

            first ??= hit.Entry;
        }

        return first;
    }

    /// <summary>How each pii pattern found in the words fared: the rules made visible (and testable).</summary>
    public ImmutableArray<HitReading> Read(ImmutableArray<string> words, bool personType)
    {
        var hits = FindPii(words);
        if (hits.IsEmpty)
        {
            return ImmutableArray<HitReading>.Empty;
        }

        var exclusions = FindExclusions(words);
        var covered = new bool[words.Length];
        foreach (var hit in hits)
        {
            for (var i = hit.Start; i < hit.End; i++)
            {
                covered[i] = true;
            }
        }

        var readings = ImmutableArray.CreateBuilder<HitReading>(hits.Length);
        foreach (var hit in hits)
        {
            readings.Add(Judge(hit, words, personType, exclusions, covered));
        }

        return readings.MoveToImmutable();
    }

    /// <summary>
    /// Whether a type name names a person: its words, less trailing type suffixes (Dto, ViewModel, Info...),
    /// end with a person word. Customer, CustomerDto, ApplicationUser, PatientRecord: yes. Product,
    /// UserService, CustomerRepository, Profile: no.
    /// </summary>
    public bool IsPersonTypeName(string typeName)
    {
        var words = IdentifierWords.Split(typeName);
        var count = words.Length;
        while (count > 1 && _typeSuffixes.Contains(words[count - 1]))
        {
            count--;
        }

        return _persons.Any(p => EndsWith(words, count, p.Words));
    }

    private HitReading Judge(VocabularyHit hit, ImmutableArray<string> words, bool personType, ImmutableArray<VocabularyHit> exclusions, bool[] covered)
    {
        foreach (var exclusion in exclusions)
        {
            if (exclusion.Overlaps(hit))
            {
                return new HitReading(hit, HitVerdict.Excluded, exclusion.Entry.Text);
            }
        }

        for (var i = hit.End; i < words.Length; i++)
        {
            if (!covered[i] && MetadataWord(words[i]) is { } metadata)
            {
                return new HitReading(hit, HitVerdict.Metadata, metadata);
            }
        }

        if (hit.Entry.NeedsPerson && !PersonBefore(words, hit.Start) && !(personType && StandsAlone(words, hit)))
        {
            return new HitReading(hit, HitVerdict.NoPerson, null);
        }

        return new HitReading(hit, HitVerdict.Counts, null);
    }

    // A metadata word or its plural (EmailFormats, AddressValidators).
    private string? MetadataWord(string word)
    {
        if (_metadata.Contains(word))
        {
            return word;
        }

        if (word.Length > 1 && word[word.Length - 1] == 's')
        {
            var singular = word.Substring(0, word.Length - 1);
            if (_metadata.Contains(singular))
            {
                return singular;
            }
        }

        return null;
    }

    private bool PersonBefore(ImmutableArray<string> words, int start) =>
        _persons.Any(p => EndsWith(words, start, p.Words));

    // Name, name2, _name: nothing but the pattern (and digits).
    private static bool StandsAlone(ImmutableArray<string> words, VocabularyHit hit)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if ((i < hit.Start || i >= hit.End) && !IdentifierWords.IsNumber(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    // words[0..count) ends with suffix, word for word.
    private static bool EndsWith(ImmutableArray<string> words, int count, ImmutableArray<string> suffix)
    {
        if (suffix.Length > count)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (!string.Equals(words[count - suffix.Length + i], suffix[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // Left to right, the longest pii pattern at each word; its words are consumed.
    private ImmutableArray<VocabularyHit> FindPii(ImmutableArray<string> words)
    {
        var hits = ImmutableArray.CreateBuilder<VocabularyHit>();
        var i = 0;
        while (i < words.Length)
        {
            if (LongestAt(_pii, words, i) is { } entry)
            {
                hits.Add(new VocabularyHit(entry, i));
                i += entry.Words.Length;
            }
            else
            {
                i++;
            }
        }

        return hits.ToImmutable();
    }

    // Every occurrence (the longest at each word): an exclusion overlapping a pii match drops it.
    private ImmutableArray<VocabularyHit> FindExclusions(ImmutableArray<string> words)
    {
        var hits = ImmutableArray.CreateBuilder<VocabularyHit>();
        for (var i = 0; i < words.Length; i++)
        {
            if (LongestAt(_exclusions, words, i) is { } entry)
            {
                hits.Add(new VocabularyHit(entry, i));
            }
        }

        return hits.ToImmutable();
    }

    private static VocabularyEntry? LongestAt(Dictionary<string, ImmutableArray<VocabularyEntry>> index, ImmutableArray<string> words, int start)
    {
        VocabularyEntry? best = null;
        var word = words[start];
        // The first word may be a plural only when it is also the last word of the pattern (emails, addresses).
        best = Longer(best, index, word, words, start);
        if (word.Length > 1 && word[word.Length - 1] == 's')
        {
            best = Longer(best, index, word.Substring(0, word.Length - 1), words, start);
            if (word.Length > 2 && word[word.Length - 2] == 'e')
            {
                best = Longer(best, index, word.Substring(0, word.Length - 2), words, start);
            }
        }

        return best;
    }

    private static VocabularyEntry? Longer(VocabularyEntry? best, Dictionary<string, ImmutableArray<VocabularyEntry>> index, string key, ImmutableArray<string> words, int start)
    {
        if (!index.TryGetValue(key, out var entries))
        {
            return best;
        }

        foreach (var entry in entries)
        {
            if (best is not null && entry.Words.Length <= best.Words.Length)
            {
                break;
            }

            if (MatchesAt(entry.Words, words, start))
            {
                return entry;
            }
        }

        return best;
    }

    private static bool MatchesAt(ImmutableArray<string> pattern, ImmutableArray<string> words, int start)
    {
        if (start + pattern.Length > words.Length)
        {
            return false;
        }

        for (var k = 0; k < pattern.Length; k++)
        {
            var word = words[start + k];
            var expected = pattern[k];
            if (string.Equals(word, expected, StringComparison.Ordinal))
            {
                continue;
            }

            if (k == pattern.Length - 1 && IsPlural(word, expected))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    // addresses = address + es, emails = email + s.
    private static bool IsPlural(string word, string singular) =>
        word.StartsWith(singular, StringComparison.Ordinal) &&
        ((word.Length == singular.Length + 1 && word[word.Length - 1] == 's') ||
         (word.Length == singular.Length + 2 && word[word.Length - 2] == 'e' && word[word.Length - 1] == 's'));

    private static Dictionary<string, ImmutableArray<VocabularyEntry>> Index(IEnumerable<VocabularyEntry> entries) =>
        entries
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToImmutableArray(), StringComparer.Ordinal);

    private static VocabularyEntry? ReadRow(IReadOnlyDictionary<string, string> row, out string? problem)
    {
        var text = Cell(row, "words");
        var name = "row '" + Cell(row, "kind") + " " + text + "'";
        var words = IdentifierWords.Split(text);
        if (words.IsEmpty || text != text.ToLowerInvariant())
        {
            problem = name + ": words must be lowercase and not empty";
            return null;
        }

        var note = Cell(row, "note");
        VocabularyKind kind;
        switch (Cell(row, "kind"))
        {
            case "pii":
                return ReadPii(row, text, words, note, name, out problem);
            case "exclude":
                kind = VocabularyKind.Exclude;
                break;
            case "metadata":
                kind = VocabularyKind.Metadata;
                break;
            case "person":
                kind = VocabularyKind.Person;
                break;
            case "type_suffix":
                kind = VocabularyKind.TypeSuffix;
                break;
            default:
                problem = name + ": kind must be pii, exclude, metadata, person or type_suffix";
                return null;
        }

        if (kind is VocabularyKind.Metadata or VocabularyKind.TypeSuffix && words.Length != 1)
        {
            problem = name + ": a " + Cell(row, "kind") + " row is one word";
            return null;
        }

        problem = null;
        return new VocabularyEntry(kind, text, words, PersonalDataCategory.Unspecified, isSensitive: false, needsPerson: false, note);
    }

    private static VocabularyEntry? ReadPii(IReadOnlyDictionary<string, string> row, string text, ImmutableArray<string> words, string note, string name, out string? problem)
    {
        var category = PersonalDataCategories.Parse(Cell(row, "category"));
        if (category is null or PersonalDataCategory.Unspecified)
        {
            problem = name + ": unknown category '" + Cell(row, "category") + "'";
            return null;
        }

        var sensitive = Cell(row, "sensitive");
        if (sensitive is not ("yes" or "no"))
        {
            problem = name + ": sensitive must be yes or no";
            return null;
        }

        var isSensitive = sensitive == "yes";
        if (category != PersonalDataCategory.Demographic && isSensitive != category.Value.IsSensitive())
        {
            problem = name + ": " + category.Value.ToName() + " is " + (category.Value.IsSensitive() ? "always" : "never") + " sensitive";
            return null;
        }

        var context = Cell(row, "context");
        if (context is not ("any" or "person"))
        {
            problem = name + ": context must be any or person";
            return null;
        }

        problem = null;
        return new VocabularyEntry(VocabularyKind.Pii, text, words, category.Value, isSensitive, context == "person", note);
    }

    private static string Cell(IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value) ? value : "";
}

/// <summary>What became of one pii pattern found in an identifier.</summary>
internal enum HitVerdict
{
    Counts,

    /// <summary>An exclusion overlaps it (base address).</summary>
    Excluded,

    /// <summary>A metadata word follows it (email template).</summary>
    Metadata,

    /// <summary>A person-context pattern with no person in sight (Product.Name).</summary>
    NoPerson,
}

internal readonly struct HitReading
{
    public HitReading(VocabularyHit hit, HitVerdict verdict, string? reason)
    {
        Hit = hit;
        Verdict = verdict;
        Reason = reason;
    }

    public VocabularyHit Hit { get; }

    public HitVerdict Verdict { get; }

    /// <summary>The exclusion's words or the metadata word that decided the verdict.</summary>
    public string? Reason { get; }

    public override string ToString() => Hit.Entry.Text + ": " + Verdict + (Reason is null ? "" : " (" + Reason + ")");
}
