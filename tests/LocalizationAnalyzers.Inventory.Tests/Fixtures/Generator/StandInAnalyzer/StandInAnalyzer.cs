// A stand-in for LocalizationAnalyzers that reports what marker comments in the fixture sources say,
// so that the SARIF fixtures are written by the real C# compiler (its SARIF writer, its #pragma and
// [SuppressMessage] handling) with the DLOC100 property contract, before the real DLOC100 exists.
//
// Marker: a comment line  // DLOCnnn at="text" key=value key="value with spaces" ... also="text"
//   at    = the text the diagnostic is reported on: the first occurrence after the comment in the same file;
//           without at=, the diagnostic has no location (as DLOC900 for a .globalconfig value)
//   also  = an additional location: the first occurrence after the comment, else anywhere in the compilation
//   message = the message (findings); DLOC100 builds its message from its properties
//   every other key = a Diagnostic.Properties entry (DLOC100 only)
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StandInAnalyzer : DiagnosticAnalyzer
{
    private static DiagnosticDescriptor Rule(string id, string title, DiagnosticSeverity severity) =>
        new(id, title, "{0}", "DataLocalization", severity, isEnabledByDefault: true,
            helpLinkUri: "https://github.com/localization-analyzers/LocalizationAnalyzers/blob/main/docs/rules/" + id + ".md");

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> Rules = new[]
    {
        Rule("DLOC001", "Personal data is sent outside the approved jurisdiction", DiagnosticSeverity.Warning),
        Rule("DLOC002", "Cloud region outside the approved jurisdiction", DiagnosticSeverity.Warning),
        Rule("DLOC003", "Endpoint located outside the approved jurisdiction", DiagnosticSeverity.Warning),
        Rule("DLOC004", "Destination of personal data cannot be verified", DiagnosticSeverity.Info),
        Rule("DLOC005", "Cloud client relies on an implicit region", DiagnosticSeverity.Info),
        Rule("DLOC006", "Sovereign cloud outside the approved jurisdiction", DiagnosticSeverity.Warning),
        Rule("DLOC100", "Data egress inventory", DiagnosticSeverity.Hidden),
        Rule("DLOC900", "Data localization policy is invalid", DiagnosticSeverity.Warning),
    }.ToImmutableDictionary(d => d.Id);

    private static readonly Regex Marker = new(@"^//\s*(?<id>DLOC\d{3})\s+(?<rest>.*)$");
    private static readonly Regex Pair = new(@"(?<key>[A-Za-z]+)=(?:""(?<q>(?:[^""\\]|\\.)*)""|(?<v>\S*))");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules.Values.OrderBy(d => d.Id).ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(Analyze);
    }

    private static void Analyze(CompilationAnalysisContext context)
    {
        var trees = context.Compilation.SyntaxTrees.ToList();
        foreach (var tree in trees)
        {
            var text = tree.GetText(context.CancellationToken);
            foreach (var trivia in tree.GetRoot(context.CancellationToken).DescendantTrivia())
            {
                var match = Marker.Match(trivia.ToString());
                if (!match.Success)
                {
                    continue;
                }

                var values = new List<KeyValuePair<string, string>>();
                foreach (Match pair in Pair.Matches(match.Groups["rest"].Value))
                {
                    var value = pair.Groups["q"].Success ? Regex.Unescape(pair.Groups["q"].Value) : pair.Groups["v"].Value;
                    values.Add(new KeyValuePair<string, string>(pair.Groups["key"].Value, value));
                }

                var after = trivia.Span.End;
                var at = values.All(p => p.Key != "at")
                    ? Location.None
                    : Find(tree, text, Get(values, "at"), after) ?? throw new InvalidOperationException("at= not found: " + trivia);
                var also = values.Where(p => p.Key == "also")
                    .Select(p => Find(tree, text, p.Value, after) ?? trees.Select(t => Find(t, t.GetText(), p.Value, 0)).FirstOrDefault(l => l is not null)
                        ?? throw new InvalidOperationException("also= not found: " + trivia))
                    .Cast<Location>()
                    .ToList();
                var id = match.Groups["id"].Value;
                var properties = id == "DLOC100"
                    ? values.Where(p => p.Key is not ("at" or "also" or "message")).ToImmutableDictionary(p => p.Key, p => (string?)p.Value)
                    : ImmutableDictionary<string, string?>.Empty;
                var message = id == "DLOC100" ? InventoryMessage(values) : Get(values, "message");
                context.ReportDiagnostic(Diagnostic.Create(Rules[id], at, also, properties, message));
            }
        }
    }

    private static string InventoryMessage(List<KeyValuePair<string, string>> values)
    {
        var data = Get(values, "personalData");
        var source = Get(values, "source");
        var what = data.Length == 0 ? "no personal data" : data.Replace(",", ", ") + (source.Length == 0 ? "" : " (" + source + ")");
        return "Egress: " + Get(values, "api") + " sends " + what + " to " + Get(values, "destination") + " in " + Get(values, "country") + ": " + Get(values, "verdict");
    }

    private static string Get(List<KeyValuePair<string, string>> values, string key) =>
        values.Where(p => p.Key == key).Select(p => p.Value).FirstOrDefault() ?? "";

    private static Location? Find(SyntaxTree tree, SourceText text, string needle, int from)
    {
        var content = text.ToString();
        var index = content.IndexOf(needle, from, StringComparison.Ordinal);
        while (index >= 0 && IsInComment(tree, index))
        {
            index = content.IndexOf(needle, index + 1, StringComparison.Ordinal);
        }

        return index < 0 ? null : Location.Create(tree, new TextSpan(index, needle.Length));
    }

    private static bool IsInComment(SyntaxTree tree, int position)
    {
        var trivia = tree.GetRoot().FindTrivia(position);
        return trivia.Span.Contains(position) && trivia.ToString().StartsWith("//", StringComparison.Ordinal);
    }
}
