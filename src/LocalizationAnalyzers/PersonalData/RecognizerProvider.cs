using System.Collections.Concurrent;
using LocalizationAnalyzers.Policy;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>One recognizer per policy (files under the same editorconfig sections share one) for one compilation.</summary>
internal sealed class RecognizerProvider
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<DataLocalizationPolicy, PersonalDataRecognizer> _recognizers = new();
    private readonly ConcurrentDictionary<DataLocalizationPolicy, MethodSummaries> _summaries = new();

    public RecognizerProvider(Compilation compilation) => _compilation = compilation;

    public PersonalDataRecognizer For(DataLocalizationPolicy policy) =>
        _recognizers.GetOrAdd(policy, p => PersonalDataRecognizer.Create(_compilation, p));

    /// <summary>What the compilation's methods return, as this policy's recognizer sees it (computed lazily per method).</summary>
    public MethodSummaries SummariesFor(DataLocalizationPolicy policy) =>
        _summaries.GetOrAdd(policy, p => new MethodSummaries(_compilation, For(p)));
}
