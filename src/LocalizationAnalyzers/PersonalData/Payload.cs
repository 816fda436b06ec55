using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>
/// What a payload operand carries: the personal data recognised in it, and the parameters of the
/// enclosing method it comes from (a helper's callers decide whether those are personal).
/// </summary>
internal sealed class Payload
{
    public static readonly Payload Empty = new(ImmutableArray<PersonalDataInfo>.Empty, ImmutableArray<IParameterSymbol>.Empty);

    public Payload(ImmutableArray<PersonalDataInfo> data, ImmutableArray<IParameterSymbol> parameters)
    {
        Data = data;
        Parameters = parameters;
    }

    public ImmutableArray<PersonalDataInfo> Data { get; }

    public ImmutableArray<IParameterSymbol> Parameters { get; }

    public bool HasPersonalData => !Data.IsEmpty;

    /// <summary>The most telling piece: sensitive first, then attributes over names.</summary>
    public PersonalDataInfo? Principal =>
        Data.OrderByDescending(d => d.IsSensitive).ThenBy(d => d.RecognizedBy).FirstOrDefault();

    /// <summary>"contact,name": the categories, sorted, once each.</summary>
    public string CategoryList => string.Join(",", Data.Select(d => d.CategoryName).Distinct().OrderBy(c => c, System.StringComparer.Ordinal));

    public bool IsSensitive => Data.Any(d => d.IsSensitive);
}
