using System.Collections.Immutable;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>The kinds of rows of Data/vocabulary.tsv.</summary>
internal enum VocabularyKind
{
    /// <summary>Words that name personal data.</summary>
    Pii,

    /// <summary>Words that contain a pii pattern but are not personal data (BaseAddress).</summary>
    Exclude,

    /// <summary>A word that, after a pii match, describes the data instead of holding it (EmailTemplate).</summary>
    Metadata,

    /// <summary>Words that name a person, for person-context patterns (customerName).</summary>
    Person,

    /// <summary>A type-name word dropped before the person check (CustomerDto).</summary>
    TypeSuffix,
}

/// <summary>One row of Data/vocabulary.tsv.</summary>
internal sealed class VocabularyEntry
{
    public VocabularyEntry(
        VocabularyKind kind,
        string text,
        ImmutableArray<string> words,
        PersonalDataCategory category,
        bool isSensitive,
        bool needsPerson,
        string note)
    {
        Kind = kind;
        Text = text;
        Words = words;
        Category = category;
        IsSensitive = isSensitive;
        NeedsPerson = needsPerson;
        Note = note;
    }

    public VocabularyKind Kind { get; }

    /// <summary>The 'words' cell as written, e.g. "date of birth", "ipv4 address".</summary>
    public string Text { get; }

    /// <summary>The cell split like an identifier: "ipv4 address" → [ipv, 4, address].</summary>
    public ImmutableArray<string> Words { get; }

    public PersonalDataCategory Category { get; }

    public bool IsSensitive { get; }

    /// <summary>context = person: counts only next to a person word or as the whole name of a person type's member.</summary>
    public bool NeedsPerson { get; }

    public string Note { get; }

    public override string ToString() => Kind + " '" + Text + "'";
}

/// <summary>Where an entry matched in an identifier's words.</summary>
internal readonly struct VocabularyHit
{
    public VocabularyHit(VocabularyEntry entry, int start)
    {
        Entry = entry;
        Start = start;
    }

    public VocabularyEntry Entry { get; }

    public int Start { get; }

    public int End => Start + Entry.Words.Length;

    public bool Overlaps(VocabularyHit other) => Start < other.End && other.Start < End;
}
