using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LocalizationAnalyzers.Tests.Robustness;

/// <summary>
/// Runs every analyzer of the package over a compilation the way a host does (<see cref="CompilationWithAnalyzers"/>),
/// collecting analyzer exceptions instead of letting the driver turn them into AD0001 only.
/// </summary>
internal static class AnalyzerHarness
{
    /// <summary>Every concrete <see cref="DiagnosticAnalyzer"/> of the analyzer assembly, found by reflection so later rules are covered.</summary>
    public static readonly ImmutableArray<DiagnosticAnalyzer> AllAnalyzers = typeof(DataLocalizationAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>The global usings of an SDK project with ImplicitUsings, so sample sources bind as they do in a build.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>
    /// One compilation holding the references and the implicit usings; mutants are added to it, so the
    /// (expensive) reference binding is done once and shared.
    /// </summary>
    public static readonly CSharpCompilation BaseLibrary = CSharpCompilation.Create(
        "Robustness",
        new[] { CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, "/src/ImplicitUsings.g.cs", Encoding.UTF8) },
        TargetFramework.References.Concat(SdkAssemblies.All),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static SyntaxTree Parse(string source, string path = "/src/Test0.cs", CSharpParseOptions? options = null) =>
        CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), options ?? ParseOptions, path);

    public static CSharpCompilation Compile(params SyntaxTree[] trees) => BaseLibrary.AddSyntaxTrees(trees);

    public sealed record Result(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Exceptions)
    {
        /// <summary>Diagnostics of the package's own rules, in the order the compiler prints them (by file, then position).</summary>
        public ImmutableArray<Diagnostic> Sorted => Diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.GetMessage(), StringComparer.Ordinal)
            .ThenBy(d => string.Join(";", d.AdditionalLocations.Select(l => $"{l.SourceTree?.FilePath}{l.SourceSpan}")), StringComparer.Ordinal)
            .ToImmutableArray();

        public ImmutableArray<Diagnostic> WithId(string id) => Sorted.Where(d => d.Id == id).ToImmutableArray();

        /// <summary>
        /// Exceptions reported to the host (each with the AD0001 the host would show) plus any AD0001 among the
        /// diagnostics: both must be empty on any input.
        /// </summary>
        public IEnumerable<string> Failures =>
            Exceptions.Concat(Diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
    }

    public static Result Analyze(
        Compilation compilation,
        AnalyzerConfigOptionsProvider options,
        CancellationToken cancellationToken,
        bool concurrent = false,
        ImmutableArray<DiagnosticAnalyzer>? analyzers = null)
    {
        var exceptions = new ConcurrentQueue<string>();
        var analysisOptions = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options),
            onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue($"{diagnostic.Id} {analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers ?? AllAnalyzers, analysisOptions);
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
        return new Result(diagnostics, exceptions.ToImmutableArray());
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a new thread with the platform's default stack for new threads, the
    /// stack the compiler's and the IDE's worker threads have, rather than whatever the test runner's thread
    /// has. The driver runs analyzer callbacks on thread-pool threads, which get that same default stack; so
    /// deep inputs are parsed, bound and analysed here with the stack a host gives them. (A smaller stack
    /// proves nothing about the analyzers: Roslyn 4.8's own parser overflows 1 MB on 2,000 nested parentheses.)
    /// Exceptions are rethrown on the caller.
    /// </summary>
    public static T OnDefaultStack<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new AggregateException(failure);
        }

        return result;
    }

    /// <summary>A token that cancels after a generous bound: a hang fails the test instead of stalling the run.</summary>
    public static CancellationToken Bound(TimeSpan limit) => new CancellationTokenSource(limit).Token;

    /// <summary>Line and character (1-based) of a diagnostic and its text, for assertions that read like the build output.</summary>
    public static string Where(Location location)
    {
        var span = location.GetLineSpan();
        return $"{System.IO.Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }
}
