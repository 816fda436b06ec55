using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>How a piece of personal data was recognised, in order of confidence (SPEC §3).</summary>
internal enum PersonalDataEvidence
{
    /// <summary>An attribute on the member, parameter or type ([PersonalData], [EmailAddress], a DataClassificationAttribute...).</summary>
    Attribute,

    /// <summary>data_localization.personal_data_types / personal_data_members / personal_data_attributes.</summary>
    Configuration,

    /// <summary>A well-known type, member or claim (MailAddress, ConnectionInfo.RemoteIpAddress, ClaimTypes.Email).</summary>
    WellKnown,

    /// <summary>The name heuristic (Data/vocabulary.tsv).</summary>
    Name,
}

/// <summary>A recognised piece of personal data: what it is, where it lives and why we think so.</summary>
internal sealed class PersonalDataInfo
{
    public PersonalDataInfo(
        PersonalDataCategory category,
        bool isSensitive,
        PersonalDataEvidence recognizedBy,
        string evidence,
        string source,
        ISymbol? symbol,
        string root,
        ImmutableArray<string> hops)
    {
        Category = category;
        IsSensitive = isSensitive;
        RecognizedBy = recognizedBy;
        Evidence = evidence;
        Source = source;
        Symbol = symbol;
        Root = root;
        Hops = hops;
        Path = root.Length == 0 ? string.Join(".", hops) : hops.IsEmpty ? root : root + "." + string.Join(".", hops);
    }

    public PersonalDataCategory Category { get; }

    /// <summary>contact, name, government_id, ... (personal_data when unspecified).</summary>
    public string CategoryName => Category.ToName();

    /// <summary>Sensitive personal information (PIPL Art. 28): messages say so.</summary>
    public bool IsSensitive { get; }

    public PersonalDataEvidence RecognizedBy { get; }

    /// <summary>
    /// What said so: "[PersonalData]", "data_localization.personal_data_members", "MailAddress",
    /// "ClaimTypes.Email", or the vocabulary words, e.g. "date of birth".
    /// </summary>
    public string Evidence { get; }

    /// <summary>
    /// The member that holds the data, as messages show it: "Customer.Email" for a field or property
    /// (its declaring type), the name for a parameter or local ("email"), the type for a well-known or
    /// configured type ("MailAddress"), the claim ("ClaimTypes.Email").
    /// </summary>
    public string Source { get; }

    /// <summary>The member, parameter, local or type that holds it (a diagnostic's additional location); null for a claim.</summary>
    public ISymbol? Symbol { get; }

    /// <summary>
    /// How the value reaches the data: "Order.Customer.Email" when an Order is examined as a container;
    /// the same as <see cref="Source"/> when the data was recognised directly.
    /// </summary>
    public string Path { get; }

    /// <summary>The type (or nothing, for a parameter or local) at the start of <see cref="Path"/>.</summary>
    public string Root { get; }

    /// <summary>The member names of <see cref="Path"/> after <see cref="Root"/>: its depth.</summary>
    public ImmutableArray<string> Hops { get; }

    /// <summary>The same data reached through <paramref name="member"/> of <paramref name="root"/>.</summary>
    public PersonalDataInfo Through(string root, ISymbol member, string memberSource)
    {
        // A type-level finding (a MailAddress-typed member) is held by the member itself.
        var typeLevel = Hops.IsEmpty;
        return new PersonalDataInfo(
            Category,
            IsSensitive,
            RecognizedBy,
            Evidence,
            typeLevel ? memberSource : Source,
            typeLevel ? member : Symbol,
            root,
            Hops.Insert(0, member.Name));
    }

    /// <summary>Re-rooted: the same member seen from the type being examined (an inherited member of Person seen from Customer).</summary>
    public PersonalDataInfo From(string root, string memberName) =>
        new(Category, IsSensitive, RecognizedBy, Evidence, Source, Symbol, root, ImmutableArray.Create(memberName));

    public override string ToString() =>
        CategoryName + (IsSensitive ? " (sensitive)" : "") + " " + Path + " by " + RecognizedBy + " " + Evidence;
}
