using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using LocalizationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace LocalizationAnalyzers.Tests.Robustness;

/// <summary>
/// The analyzer assembly is loaded into every compiler and IDE process: it may depend on nothing the
/// compiler does not itself provide (so the package brings nothing into the consumer's build or runtime),
/// must load in Roslyn 4.8 hosts, and never touches files, network or environment (RS1035, kept on).
/// </summary>
public class AnalyzerAssemblyTests
{
    private static readonly string AnalyzerAssembly = typeof(DataLocalizationAnalyzer).Assembly.Location;

    [Fact]
    public void Analyzer_assembly_references_only_netstandard_System_and_Roslyn()
    {
        var references = AssemblyReferences(AnalyzerAssembly);
        Assert.Contains(references, r => r.Name == "netstandard");
        Assert.Contains(references, r => r.Name == "Microsoft.CodeAnalysis");
        Assert.All(references, r => Assert.True(
            r.Name == "netstandard" || r.Name == "System" || r.Name.StartsWith("System.", StringComparison.Ordinal) ||
            r.Name == "Microsoft.CodeAnalysis" || r.Name.StartsWith("Microsoft.CodeAnalysis.", StringComparison.Ordinal),
            $"{Path.GetFileName(AnalyzerAssembly)} references {r.Name} {r.Version}, which the compiler does not provide"));
    }

    [Fact]
    public void Analyzer_assembly_loads_in_Roslyn_4_8_hosts()
    {
        // A reference to a newer Microsoft.CodeAnalysis fails to load in VS 2022 17.8 / the .NET 8 SDK (SPEC §7).
        var roslyn = AssemblyReferences(AnalyzerAssembly).Where(r => r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(roslyn);
        Assert.All(roslyn, r => Assert.True(r.Version <= new Version(4, 8, 0, 0), $"{r.Name} {r.Version} is newer than Roslyn 4.8"));
    }

    [Fact]
    public void Analyzer_assembly_calls_no_file_network_process_or_environment_API()
    {
        // A second line of defence behind RS1035: what the compiled IL actually refers to.
        Assert.Empty(BannedApisUsedBy(AnalyzerAssembly));

        // The scan itself works: this test assembly reads files and the environment.
        var tests = BannedApisUsedBy(typeof(AnalyzerAssemblyTests).Assembly.Location);
        Assert.Contains("System.IO.File", tests);
        Assert.Contains("System.Environment::GetEnvironmentVariable", tests);
    }

    [Fact]
    public void Code_fix_assembly_adds_only_Workspaces_and_the_analyzers()
    {
        var codeFixes = typeof(LocalizationAnalyzers.CodeFixes.UseApprovedRegionFix).Assembly.Location;
        Assert.All(AssemblyReferences(codeFixes), r => Assert.True(
            r.Name == "netstandard" || r.Name.StartsWith("System.", StringComparison.Ordinal) ||
            r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || r.Name == "LocalizationAnalyzers",
            $"{Path.GetFileName(codeFixes)} references {r.Name} {r.Version}"));
    }

    [Fact]
    public void RS1035_is_enforced_and_never_suppressed_in_src()
    {
        var src = Path.Combine(RepositoryRoot.Path, "src");
        var files = Directory.GetFiles(src, "*", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Where(f => Path.GetExtension(f) is ".cs" or ".csproj" or ".props" or ".targets" || Path.GetFileName(f) is ".editorconfig" or ".globalconfig")
            .Concat(new[] { "Directory.Build.props", "Directory.Build.targets", ".editorconfig", ".globalconfig" }
                .Select(f => Path.Combine(RepositoryRoot.Path, f))
                .Where(File.Exists))
            .ToList();
        Assert.Contains(files, f => f.EndsWith("DataLocalizationAnalyzer.cs", StringComparison.Ordinal));

        // #pragma warning disable RS1035, [SuppressMessage("...", "RS1035...")], dotnet_diagnostic.RS1035.severity, <NoWarn>RS1035</NoWarn>.
        var suppression = new Regex(@"(#pragma\s+warning\s+disable|SuppressMessage|dotnet_diagnostic\.RS1035|NoWarn|WarningsNotAsErrors).*RS1035|RS1035.*(NoWarn|severity)", RegexOptions.IgnoreCase);
        var found = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => suppression.IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(RepositoryRoot.Path, l.File)}({l.Line}): {l.Text.Trim()}")
            .ToList();
        Assert.Empty(found);

        // RS1035 only runs where extended analyzer rules are enforced.
        var project = File.ReadAllText(Path.Combine(src, "LocalizationAnalyzers", "LocalizationAnalyzers.csproj"));
        Assert.Matches(@"<EnforceExtendedAnalyzerRules>\s*true\s*</EnforceExtendedAnalyzerRules>", project);
        Assert.DoesNotContain(files, f => Regex.IsMatch(File.ReadAllText(f), @"<EnforceExtendedAnalyzerRules>\s*false", RegexOptions.IgnoreCase));
    }

    // IPAddress and AddressFamily are values: parsing "10.0.0.1" to tell an internal host needs no network.
    private static readonly Regex BannedApi = new(
        @"^(System\.IO\.(File|Directory|FileInfo|DirectoryInfo|FileStream|DriveInfo|FileSystemWatcher)|System\.Net(?!\.IPAddress$|\.Sockets\.AddressFamily$)(\.\w+)*\.\w+|System\.Diagnostics\.Process|System\.Console" +
        @"|System\.Environment::(GetEnvironmentVariables?|SetEnvironmentVariable|get_CurrentDirectory|GetCommandLineArgs|GetFolderPath|Exit))$");

    /// <summary>The types and members of file, network, process, console and environment APIs an assembly refers to.</summary>
    private static IReadOnlyList<string> BannedApisUsedBy(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.TypeReferences.Select(h => TypeName(metadata, h))
            .Concat(metadata.MemberReferences.Select(h => metadata.GetMemberReference(h))
                .Where(m => m.Parent.Kind == HandleKind.TypeReference)
                .Select(m => TypeName(metadata, (TypeReferenceHandle)m.Parent) + "::" + metadata.GetString(m.Name)))
            .Where(name => BannedApi.IsMatch(name))
            .Distinct()
            .ToList();
    }

    private sealed record Reference(string Name, Version Version);

    private static IReadOnlyList<Reference> AssemblyReferences(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(h => metadata.GetAssemblyReference(h))
            .Select(r => new Reference(metadata.GetString(r.Name), r.Version))
            .ToList();
    }

    private static string TypeName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        var name = metadata.GetString(type.Name);
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? TypeName(metadata, (TypeReferenceHandle)type.ResolutionScope) + "+" + name
            : metadata.GetString(type.Namespace) + "." + name;
    }
}
