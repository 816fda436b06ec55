using System.Collections.Immutable;
using LocalizationAnalyzers.PersonalData;
using Xunit;

namespace LocalizationAnalyzers.Tests.PersonalData;

/// <summary>
/// Data-driven, on top of the hand-written <see cref="VocabularyTests"/>: every row of Data/vocabulary.tsv,
/// written the ways identifiers are written (camelCase with a prefix, PascalCase, UPPER_SNAKE, snake_case,
/// plural), reads as that row.
/// </summary>
public class VocabularyRowTests
{
    private static readonly PersonalDataVocabulary Vocabulary = PersonalDataVocabulary.Instance;

    public static TheoryData<string> Rows(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var entry in Vocabulary.Entries.Where(e => e.Kind.ToString() == kind))
        {
            data.Add(entry.Text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows), "Pii")]
    public void Every_pii_row_matches_in_every_casing(string text)
    {
        var entry = Entry(VocabularyKind.Pii, text);
        foreach (var identifier in Casings("customer", entry.Words))
        {
            var match = Vocabulary.Match(IdentifierWords.Split(identifier), personType: false);
            Assert.True(match == entry, $"{identifier}: expected '{text}', got '{match?.Text}'");
        }

        var bare = Pascal(entry.Words);
        Assert.Equal(entry.NeedsPerson ? null : entry, Vocabulary.Match(IdentifierWords.Split(bare), personType: false));
        Assert.Equal(entry, Vocabulary.Match(IdentifierWords.Split(bare), personType: true));
    }

    [Theory]
    [MemberData(nameof(Rows), "Exclude")]
    public void Every_exclusion_row_suppresses_in_every_casing(string text)
    {
        var entry = Entry(VocabularyKind.Exclude, text);
        foreach (var identifier in Casings("http", entry.Words))
        {
            var words = IdentifierWords.Split(identifier);
            Assert.Contains(Vocabulary.Read(words, personType: true), r => r.Verdict == HitVerdict.Excluded && r.Reason == text);
            Assert.Null(Vocabulary.Match(words, personType: true));
        }
    }

    [Theory]
    [MemberData(nameof(Rows), "Metadata")]
    public void Every_metadata_row_suppresses_in_every_casing(string text)
    {
        var entry = Entry(VocabularyKind.Metadata, text);
        foreach (var identifier in Casings("customer", ImmutableArray.Create("phone").AddRange(entry.Words)))
        {
            var words = IdentifierWords.Split(identifier);
            Assert.Null(Vocabulary.Match(words, personType: true));
            Assert.Equal(text, Assert.Single(Vocabulary.Read(words, personType: true)).Reason);
        }
    }

    [Theory]
    [MemberData(nameof(Rows), "Person")]
    public void Every_person_row_lets_name_count(string text)
    {
        var entry = Entry(VocabularyKind.Person, text);
        foreach (var identifier in Casings("the", entry.Words.Add("mobile")))
        {
            Assert.Equal("mobile", Vocabulary.Match(IdentifierWords.Split(identifier), personType: false)?.Text);
        }

        Assert.True(Vocabulary.IsPersonTypeName(Pascal(entry.Words)));
    }

    [Theory]
    [MemberData(nameof(Rows), "TypeSuffix")]
    public void Every_type_suffix_row_is_dropped(string text)
    {
        var entry = Entry(VocabularyKind.TypeSuffix, text);
        Assert.True(Vocabulary.IsPersonTypeName("Patient" + Pascal(entry.Words)));
        Assert.True(Vocabulary.IsPersonTypeName("Customer" + Pascal(entry.Words) + "Dto"));
        Assert.False(Vocabulary.IsPersonTypeName(Pascal(entry.Words)));
    }

    private static VocabularyEntry Entry(VocabularyKind kind, string text) =>
        Vocabulary.Entries.Single(e => e.Kind == kind && e.Text == text);

    // customerDateOfBirth, CustomerDateOfBirth, CUSTOMER_DATE_OF_BIRTH, customer_date_of_birth, customerDatesOfBirth-style plural.
    private static IEnumerable<string> Casings(string prefix, ImmutableArray<string> words)
    {
        yield return prefix + Pascal(words);
        yield return Pascal(words.Insert(0, prefix));
        yield return string.Join("_", words.Insert(0, prefix).Select(w => w.ToUpperInvariant()));
        yield return string.Join("_", words.Insert(0, prefix));
        var last = words[words.Length - 1];
        if (last.All(char.IsLetter) && !last.EndsWith("s", StringComparison.Ordinal) && !last.EndsWith("y", StringComparison.Ordinal))
        {
            yield return prefix + Pascal(words) + "s";
        }
    }

    private static string Pascal(IEnumerable<string> words) =>
        string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
}
