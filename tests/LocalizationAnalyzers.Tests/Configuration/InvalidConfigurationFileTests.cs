using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Configuration;

/// <summary>DLOC901: an appsettings file the configuration provider would reject, named with line, column and what is wrong; never a crash.</summary>
public class InvalidConfigurationFileTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;

    private static DiagnosticResult Dloc901(string file, int line, int column, string what) =>
        new DiagnosticResult(Descriptors.InvalidConfigurationFile)
            .WithLocation("/0/" + file, line, column)
            .WithArguments(file, line, column, what);

    private static async Task Verify(string json, DiagnosticResult expected, string file = "appsettings.Production.json", params string[] policy)
    {
        var test = AnalyzerTest.Create("class Program { }", policy.Length == 0 ? new[] { China } : policy);
        test.TestState.AdditionalFiles.Add(("/0/" + file, json));
        test.ExpectedDiagnostics.Add(expected);
        await test.RunAsync();
    }

    [Fact]
    public async Task Message_names_the_file_and_the_position()
    {
        var test = AnalyzerTest.Create("class Program { }", China);
        test.TestState.AdditionalFiles.Add(("/0/appsettings.Production.json", "{\n  \"AWS\": {\n    \"Region\" \"us-east-1\"\n  }\n}"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.InvalidConfigurationFile)
            .WithLocation("/0/appsettings.Production.json", 3, 14)
            .WithMessage("appsettings.Production.json (3,14) is not a valid configuration file: '\"' after a property name; expected ':'; the application cannot load it, and the data localization analyzers ignore it"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Truncated_file()
    {
        await Verify("{\n  \"AWS\": {\n    \"Region\": \"us-east-1\"\n", Dloc901("appsettings.Production.json", 4, 1, "the file ends inside an object; a '}' is missing"));
    }

    [Fact]
    public async Task Truncated_string()
    {
        await Verify("{ \"Sentry\": { \"Dsn\": \"https://k@o1.ingest.us.sentry.io/2", Dloc901("appsettings.Production.json", 1, 22, "a string is not closed; a '\"' is missing"));
    }

    [Fact]
    public async Task Single_quoted_string()
    {
        await Verify("{ \"AWS\": { \"Region\": 'us-east-1' } }", Dloc901("appsettings.Production.json", 1, 22, "a single quote (JSON strings take double quotes) cannot start a JSON value"));
    }

    [Fact]
    public async Task Missing_comma_between_properties()
    {
        await Verify("{\n  \"a\": 1\n  \"b\": 2\n}", Dloc901("appsettings.json", 3, 3, "'\"' after a value; expected ',' or '}'"), "appsettings.json");
    }

    [Fact]
    public async Task Unquoted_property_name()
    {
        await Verify("{ AWS: { } }", Dloc901("appsettings.json", 1, 3, "'A' cannot start a property name; expected '\"'"), "appsettings.json");
    }

    [Fact]
    public async Task Two_commas_in_a_row()
    {
        await Verify("{ \"a\": [1,, 2] }", Dloc901("appsettings.json", 1, 11, "',' cannot start a JSON value"), "appsettings.json");
    }

    [Fact]
    public async Task Comment_between_a_property_name_and_its_colon()
    {
        // System.Text.Json skips comments everywhere else, but not there.
        await Verify("{ \"a\" /* why */ : 1 }", Dloc901("appsettings.json", 1, 7, "'/' after a property name; expected ':'"), "appsettings.json");
    }

    [Fact]
    public async Task Unclosed_block_comment()
    {
        await Verify("{ \"a\": 1 }\n/* end", Dloc901("appsettings.json", 2, 1, "a /* comment is not closed; a '*/' is missing"), "appsettings.json");
    }

    [Fact]
    public async Task Duplicate_key_ignoring_case_and_its_values_are_not_judged()
    {
        // The provider throws on the second Region, so nothing of the file is loaded: us-east-1 is not reported.
        await Verify(
            "{ \"AWS\": { \"Region\": \"cn-north-1\", \"region\": \"us-east-1\" } }",
            Dloc901("appsettings.json", 1, 46, "the key 'AWS:region' is defined twice (configuration keys ignore case)"),
            "appsettings.json");
    }

    [Fact]
    public async Task Top_level_array()
    {
        await Verify("[ { \"AWS\": { \"Region\": \"us-east-1\" } } ]", Dloc901("appsettings.json", 1, 1, "the top-level value is an array; Microsoft.Extensions.Configuration needs a JSON object"), "appsettings.json");
    }

    [Fact]
    public async Task Empty_file()
    {
        await Verify("  // nothing yet\n", Dloc901("appsettings.Development.json", 2, 1, "the file holds no JSON value; an appsettings file needs at least {}"), "appsettings.Development.json");
    }

    [Fact]
    public async Task Content_after_the_object()
    {
        await Verify("{ \"a\": 1 }\n{ \"b\": 2 }", Dloc901("appsettings.json", 2, 1, "'{' after the end of the top-level value; expected nothing more"), "appsettings.json");
    }

    [Fact]
    public async Task Reported_without_a_jurisdiction_too()
    {
        var test = AnalyzerTest.Create("class Program { }");
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", "{ \"a\": tru }"));
        test.ExpectedDiagnostics.Add(Dloc901("appsettings.json", 1, 8, "'tru' is not a JSON literal; expected 'true'"));
        test.ExpectedDiagnostics.Add(AnalyzerTest.NoJurisdictionHint);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_broken_environment_file_leaves_the_other_files_judged()
    {
        var test = AnalyzerTest.Create("class Program { }", China);
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", """{ "AWS": { "Region": {|#0:"us-east-1"|} } }"""));
        test.TestState.AdditionalFiles.Add(("/0/appsettings.Staging.json", "{ \"AWS\": { \"Region\": \"eu-west-1\" }"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CloudRegionOutsideJurisdiction).WithLocation(0)
            .WithArguments("AWS", "us-east-1", "US East (N. Virginia)", "United States (US)", "CN"));
        test.ExpectedDiagnostics.Add(Dloc901("appsettings.Staging.json", 1, 35, "the file ends inside an object; a '}' is missing"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Pathological_input_never_throws()
    {
        // Deep nesting, a lone surrogate escape, control characters, garbage: each is one DLOC901, no AD0001.
        var inputs = new[]
        {
            "{\"a\":" + new string('[', 10_000),
            "{\"a\":\"\\ud800\"}",
            "{\"a\":\"x\u0001\"}",
            "\0\0\0",
            "{\"a\":-}",
            "{\"a\":\"\\u12",
            "{\"a\":1e+}",
        };
        foreach (var input in inputs)
        {
            var diagnostics = await AnalyzerRunner.RunAsync("class Program { }", new[] { ("/0/appsettings.json", input) }, China);
            Assert.Equal("DLOC901", Assert.Single(diagnostics).Id);
        }
    }
}
