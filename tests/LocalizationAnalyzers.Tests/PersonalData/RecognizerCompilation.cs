using System.Diagnostics.CodeAnalysis;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.PersonalData;
using LocalizationAnalyzers.Policy;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace LocalizationAnalyzers.Tests.PersonalData;

/// <summary>
/// A small compilation against the SDK's .NET, ASP.NET Core (Identity, Http) and the real attribute and
/// mail assemblies, with a <see cref="PersonalDataRecognizer"/> for it under a policy given as
/// .globalconfig lines. Source that does not compile fails the test, so a renamed API is noticed.
/// </summary>
internal sealed class RecognizerCompilation
{
    private RecognizerCompilation(CSharpCompilation compilation, PersonalDataRecognizer recognizer)
    {
        Compilation = compilation;
        Recognizer = recognizer;
    }

    public CSharpCompilation Compilation { get; }

    public PersonalDataRecognizer Recognizer { get; }

    public static RecognizerCompilation Create(string source, params string[] policyLines)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            "PersonalDataTest",
            new[] { tree },
            TargetFramework.References.Concat(PersonalDataReferences.All),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors));

        var policy = PolicyReader.Read(new GlobalConfig(policyLines), LocationCatalog.Instance);
        Assert.Empty(policy.Problems);
        return new RecognizerCompilation(compilation, PersonalDataRecognizer.Create(compilation, policy));
    }

    public INamedTypeSymbol Type(string metadataName) =>
        Compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException("No type " + metadataName);

    public ISymbol Member(string typeMetadataName, string member) => Type(typeMetadataName).GetMembers(member).Single();

    /// <summary>The one parameter or local of that name declared in the source (in the method of that name, if given).</summary>
    public ISymbol Declared(string name, string? inMethod = null)
    {
        var tree = Compilation.SyntaxTrees.Single();
        var model = Compilation.GetSemanticModel(tree);
        var nodes = tree.GetRoot().DescendantNodes().Where(n => n switch
        {
            ParameterSyntax p => p.Identifier.ValueText == name,
            VariableDeclaratorSyntax v => v.Identifier.ValueText == name && v.Parent?.Parent is LocalDeclarationStatementSyntax or UsingStatementSyntax or ForStatementSyntax,
            SingleVariableDesignationSyntax d => d.Identifier.ValueText == name,
            ForEachStatementSyntax f => f.Identifier.ValueText == name,
            _ => false,
        }).Where(n => inMethod is null || n.Ancestors().OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.ValueText == inMethod)).ToList();
        Assert.True(nodes.Count == 1, $"expected one declaration of '{name}', found {nodes.Count}");
        return model.GetDeclaredSymbol(nodes[0]) ?? throw new InvalidOperationException("No symbol for " + name);
    }

    public PersonalDataInfo? Recognize(string typeMetadataName, string member) => Recognizer.Recognize(Member(typeMetadataName, member));

    public PersonalDataInfo? RecognizeType(string typeMetadataName) => Recognizer.RecognizeType(Type(typeMetadataName));

    private sealed class GlobalConfig : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public GlobalConfig(IEnumerable<string> lines) =>
            _values = lines.Select(l => l.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), KeyComparer);

        public override IEnumerable<string> Keys => _values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}

/// <summary>The real assemblies that define the attributes, types and members the recognizer knows.</summary>
internal static class PersonalDataReferences
{
    /// <summary>ASP.NET Core's reference pack (Identity, Http) of the SDK running the tests, and the NuGet packages of the test project.</summary>
    public static readonly IReadOnlyList<MetadataReference> All = AspNetCoreReferencePack()
        .Concat(new[]
        {
            typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute),
            typeof(MimeKit.MailboxAddress),
        }.Select(t => (MetadataReference)MetadataReference.CreateFromFile(t.Assembly.Location)))
        .ToList();

    private static IEnumerable<MetadataReference> AspNetCoreReferencePack()
    {
        // .../dotnet/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → .../dotnet
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var major = Environment.Version.Major;
        var pack = Directory.GetDirectories(Path.Combine(dotnetRoot, "packs", "Microsoft.AspNetCore.App.Ref"), $"{major}.*")
            .OrderByDescending(d => Version.Parse(Path.GetFileName(d).Split('-')[0]))
            .First();
        return Directory.GetFiles(Path.Combine(pack, "ref", $"net{major}.0"), "*.dll")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
    }
}
