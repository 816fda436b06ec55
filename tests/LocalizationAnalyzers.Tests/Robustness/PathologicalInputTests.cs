using System.Text;
using LocalizationAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace LocalizationAnalyzers.Tests.Robustness;

/// <summary>
/// Inputs no test author writes by hand but real code bases contain: enormous expressions and files,
/// deep nesting, odd encodings, every kind of declaration the language offers. The analyzers finish,
/// on an ordinary stack and within a generous bound, and still report what they should.
/// </summary>
public class PathologicalInputTests
{
    private static readonly EditorConfigOptionsProvider China = EditorConfigOptionsProvider.Global("data_localization.jurisdiction = CN");

    private const string Dloc002 = RuleIdentifiers.CloudRegionOutsideJurisdiction;

    [Fact]
    public void Ten_thousand_term_constant_concatenation_into_GetBySystemName_is_resolved()
    {
        var terms = string.Concat(Enumerable.Repeat(" + \"\"", 9_999));
        var source = $$"""
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => new AmazonS3Client(RegionEndpoint.GetBySystemName("us-east-1"{{terms}}));
            }
            """;
        var result = Run(source);

        // The value is a compile-time constant: the whole concatenation is where it is written.
        var diagnostic = Assert.Single(result.WithId(Dloc002));
        Assert.Equal(Span(source, "\"us-east-1\"" + terms), diagnostic.Location.SourceSpan);
        Assert.Contains("'us-east-1'", diagnostic.GetMessage());
    }

    [Fact]
    public void Ten_thousand_term_runtime_concatenation_into_GetBySystemName_is_not_judged()
    {
        var terms = string.Concat(Enumerable.Range(0, 9_999).Select(i => $" + suffix{i % 10}"));
        var source = $$"""
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create(string prefix, {{string.Join(", ", Enumerable.Range(0, 10).Select(i => $"string suffix{i}"))}}) =>
                    new AmazonS3Client(RegionEndpoint.GetBySystemName(prefix{{terms}}));
            }
            """;
        Assert.Empty(Run(source).WithId(Dloc002));
    }

    [Fact]
    public void Ten_thousand_term_concatenation_into_HttpClient_calls()
    {
        var constantTerms = string.Concat(Enumerable.Range(0, 9_999).Select(i => $" + \"/p{i}\""));
        var runtimeTerms = string.Concat(Enumerable.Range(0, 9_999).Select(i => $" + customer.Email"));
        var source = $$"""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Customer { public string Email { get; set; } = ""; }

            class Crm
            {
                private readonly HttpClient _http = new HttpClient();

                Task<HttpResponseMessage> Get() => _http.GetAsync("https://s3.us-east-1.amazonaws.com"{{constantTerms}});

                Task<HttpResponseMessage> Post(Customer customer) =>
                    _http.PostAsync("https://api.crm.com/contacts", new StringContent("contact:"{{runtimeTerms}}));

                Task<string> Interpolated(Customer customer) =>
                    _http.GetStringAsync($"https://api.crm.com/{{string.Concat(Enumerable.Range(0, 2_000).Select(i => "{customer.Email}/"))}}");
            }
            """;

        // No rule's verdict is pinned here (HTTP rules judge it): finishing without an exception is the point.
        var result = Run(source);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public void Two_thousand_nested_parentheses_around_a_region_id()
    {
        var source = $$"""
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create() => new AmazonS3Client(RegionEndpoint.GetBySystemName({{new string('(', 2_000)}}"us-east-1"{{new string(')', 2_000)}}));
            }
            """;
        var result = Run(source);
        var diagnostic = Assert.Single(result.WithId(Dloc002));
        Assert.Equal(Span(source, "\"us-east-1\""), diagnostic.Location.SourceSpan);
    }

    [Fact]
    public void Two_thousand_nested_conditional_operators_choosing_a_region()
    {
        // flag0 ? CNNorth1 : flag1 ? CNNorth1 : ... : USEast1, the only region outside China at the bottom.
        var chain = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"flags[{i}] ? RegionEndpoint.CNNorth1 : "));
        var source = $$"""
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                AmazonS3Client Create(bool[] flags) => new AmazonS3Client({{chain}}RegionEndpoint.USEast1);
            }
            """;
        var result = Run(source);
        var diagnostic = Assert.Single(result.WithId(Dloc002));
        Assert.Equal(Span(source, "RegionEndpoint.USEast1"), diagnostic.Location.SourceSpan);
        Assert.Equal(Span(source, "new AmazonS3Client("), new TextSpan(diagnostic.AdditionalLocations.Single().SourceSpan.Start, "new AmazonS3Client(".Length));
    }

    [Fact]
    public void Five_hundred_nested_lambdas_with_a_region_at_the_bottom()
    {
        const int depth = 500;
        var open = string.Concat(Enumerable.Range(0, depth).Select(i => $"System.Action a{i} = () => {{ "));
        var close = string.Concat(Enumerable.Range(0, depth).Select(i => $" a{depth - 1 - i}(); }};"));
        var source = $$"""
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                void Create()
                {
                    {{open}}using var client = new AmazonS3Client(RegionEndpoint.USEast1);{{close}}
                }
            }
            """;
        var result = Run(source);
        var diagnostic = Assert.Single(result.WithId(Dloc002));
        Assert.Equal(Span(source, "RegionEndpoint.USEast1"), diagnostic.Location.SourceSpan);
    }

    [Fact]
    public void One_megabyte_string_literals()
    {
        var huge = new string('a', 1 << 20);
        var hugeRegion = "us-east-1" + new string(' ', 1 << 20);
        var source = $$"""
            using Amazon;
            using Amazon.S3;

            class Storage
            {
                const string Huge = "{{huge}}";

                AmazonS3Client FromConstant() => new AmazonS3Client(RegionEndpoint.GetBySystemName(Huge));
                AmazonS3Client Inline() => new AmazonS3Client(RegionEndpoint.GetBySystemName("{{huge}}"));
                AmazonS3Client Padded() => new AmazonS3Client(RegionEndpoint.GetBySystemName("{{hugeRegion}}"));
                AmazonS3Client Virginia() => new AmazonS3Client(RegionEndpoint.GetBySystemName("us-east-1"));
            }
            """;
        var result = Run(source);

        // A megabyte of 'a' is no region; "us-east-1" padded with a megabyte of spaces is, once trimmed.
        Assert.Equal(
            new[] { Span(source, "\"" + hugeRegion + "\""), Span(source, "\"us-east-1\"") },
            result.WithId(Dloc002).Select(d => d.Location.SourceSpan));
    }

    [Fact]
    public void A_file_of_twenty_thousand_lines()
    {
        // 4,000 five-line methods; every hundredth one uses a region outside China.
        var source = new StringBuilder("using Amazon;\n\nclass Regions\n{\n");
        var line = 4;
        var expectedLines = new List<int>();
        for (var i = 0; i < 4_000; i++)
        {
            var field = i % 100 == 99 ? "USEast1" : "CNNorth1";
            if (field == "USEast1")
            {
                expectedLines.Add(line + 2);
            }

            source.Append($"    static RegionEndpoint Region{i}()\n    {{\n        return RegionEndpoint.{field};\n    }}\n\n");
            line += 5;
        }

        source.Append("}\n");
        var text = source.ToString();
        Assert.True(text.Count(c => c == '\n') > 20_000);

        var result = Run(text);
        Assert.Equal(expectedLines, result.WithId(Dloc002).Select(d => d.Location.GetLineSpan().StartLinePosition.Line));
    }

    [Fact]
    public void A_method_of_twenty_thousand_lines_using_the_same_locals()
    {
        // Each use of a local asks whether the method assigns it again. Answering that by walking the
        // method per use made this input take minutes (quadratic); it is answered once per method.
        var body = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            body.Append("        RegionEndpoint.GetBySystemName(home);\n");
        }

        var source = $$"""
            using Amazon;

            class Regions
            {
                void Resolve()
                {
                    var home = "cn-north-1";
                    var abroad = "us-east-1";
            {{body}}        RegionEndpoint.GetBySystemName(abroad);
                }
            }
            """;
        var result = Run(source);
        var diagnostic = Assert.Single(result.WithId(Dloc002));
        Assert.Equal(Span(source, "\"us-east-1\""), diagnostic.Location.SourceSpan);
    }

    [Theory]
    [InlineData("utf-8 with BOM")]
    [InlineData("utf-16 LE with BOM")]
    [InlineData("utf-16 BE with BOM")]
    public void Encodings_are_read_and_located_like_the_compiler_does(string encodingName)
    {
        var encoding = encodingName switch
        {
            "utf-8 with BOM" => (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16 LE with BOM" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };
        const string source = """
            using Amazon;
            using Amazon.S3;

            // 数据本地化: 客户数据必须留在中国境内。
            class 存储
            {
                AmazonS3Client 创建() => new AmazonS3Client(RegionEndpoint.USEast1);
            }
            """;
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(source)).ToArray();
        var text = SourceText.From(new MemoryStream(bytes), canBeEmbedded: true);
        Assert.Equal(encoding.WebName, text.Encoding!.WebName);

        var tree = CSharpSyntaxTree.ParseText(text, AnalyzerHarness.ParseOptions, "/src/Encoded.cs");
        var diagnostic = Assert.Single(Run(tree).WithId(Dloc002));
        Assert.Equal("Encoded.cs(7,47)", AnalyzerHarness.Where(diagnostic.Location));
    }

    [Fact]
    public void Unicode_escapes_in_identifiers_and_strings_are_understood()
    {
        const string source = """""
            using Amazon;
            using Amazon.S3;

            class Stockage
            {
                AmazonS3Client Échappé() => new AmazonS3Client(RegionEndpoint.\u0055SEast1);
                AmazonS3Client Chaîne() => new AmazonS3Client(RegionEndpoint.GetBySystemName("us\u002Dwest\x002D2"));
                AmazonS3Client Verbatim() => new AmazonS3Client(RegionEndpoint.GetBySystemName(@"eu-west-3"));
                AmazonS3Client Raw() => new AmazonS3Client(RegionEndpoint.GetBySystemName(""""ap-east-1""""));
                AmazonS3Client Inside() => new AmazonS3Client(Amazon.RegionEndpoint.\u0043\u004ENorth1);
            }
            """"";
        var result = Run(source);
        Assert.Equal(
            new[]
            {
                (Span(source, @"RegionEndpoint.\u0055SEast1"), "us-east-1"),
                (Span(source, "\"us\\u002Dwest\\x002D2\""), "us-west-2"),
                (Span(source, "@\"eu-west-3\""), "eu-west-3"),
                (Span(source, "\"\"\"\"ap-east-1\"\"\"\""), "ap-east-1"),
            },
            result.WithId(Dloc002).Select(d => (d.Location.SourceSpan, RegionOf(d))));
    }

    [Fact]
    public void Top_level_statements()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            using var client = new AmazonS3Client(RegionEndpoint.USEast1);
            Console.WriteLine(client.Config.RegionEndpoint);
            """;
        var compilation = AnalyzerHarness.Compile(AnalyzerHarness.Parse(source, "/src/Program.cs"))
            .WithOptions(AnalyzerHarness.BaseLibrary.Options.WithOutputKind(OutputKind.ConsoleApplication));
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);

        var diagnostic = Assert.Single(Run(compilation).WithId(Dloc002));
        Assert.Equal(Span(source, "RegionEndpoint.USEast1"), diagnostic.Location.SourceSpan);
    }

    [Fact]
    public void Partial_class_across_files_reports_where_the_constant_is_written()
    {
        const string settings = """
            partial class Storage
            {
                const string Region = "us-east-1";
                const string Home = "cn-north-1";
            }
            """;
        const string clients = """
            using Amazon;
            using Amazon.S3;

            partial class Storage
            {
                AmazonS3Client Abroad() => new AmazonS3Client(RegionEndpoint.GetBySystemName(Region));
                AmazonS3Client AtHome() => new AmazonS3Client(RegionEndpoint.GetBySystemName(Home));
            }
            """;
        var result = Run(AnalyzerHarness.Parse(settings, "/src/Storage.Settings.cs"), AnalyzerHarness.Parse(clients, "/src/Storage.Clients.cs"));
        var diagnostic = Assert.Single(result.WithId(Dloc002));
        Assert.Equal("/src/Storage.Settings.cs", diagnostic.Location.SourceTree!.FilePath);
        Assert.Equal(Span(settings, "\"us-east-1\""), diagnostic.Location.SourceSpan);
        var client = Assert.Single(diagnostic.AdditionalLocations);
        Assert.Equal("/src/Storage.Clients.cs", client.SourceTree!.FilePath);
        Assert.Equal(Span(clients, "new AmazonS3Client(RegionEndpoint.GetBySystemName(Region))"), client.SourceSpan);
    }

    [Theory]
    [InlineData("/src/Clients.g.cs", "// <auto-generated/>\n")]
    [InlineData("/src/Clients.g.cs", "")]
    [InlineData("/src/Clients.cs", "// <auto-generated/>\n")]
    [InlineData("/src/Clients.designer.cs", "")]
    [InlineData("/src/Clients.cs", "// <autogenerated />\n")]
    public void Generated_code_is_skipped_while_the_same_code_elsewhere_is_reported(string generatedPath, string header)
    {
        const string code = """
            using Amazon;
            using Amazon.S3;

            class {0}
            {{
                AmazonS3Client Create() => new AmazonS3Client(RegionEndpoint.USEast1);
            }}
            """;
        var handWritten = string.Format(code, "HandWritten");
        var result = Run(
            AnalyzerHarness.Parse(header + string.Format(code, "Generated"), generatedPath),
            AnalyzerHarness.Parse(handWritten, "/src/HandWritten.cs"));
        var diagnostic = Assert.Single(result.WithId(Dloc002));
        Assert.Equal("/src/HandWritten.cs", diagnostic.Location.SourceTree!.FilePath);
        Assert.Equal(Span(handWritten, "RegionEndpoint.USEast1"), diagnostic.Location.SourceSpan);
    }

    [Fact]
    public void Inactive_preprocessor_branches_are_not_analysed()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            class Storage
            {
            #if LEGACY_US
                AmazonS3Client Create() => new AmazonS3Client(RegionEndpoint.USEast1);
            #elif DEBUG
                AmazonS3Client Create() => new AmazonS3Client(RegionEndpoint.EUWest2);
            #else
                AmazonS3Client Create() => new AmazonS3Client(RegionEndpoint.CNNorth1);
            #endif
            }
            """;
        Assert.Empty(Run(source).WithId(Dloc002));

        var debug = AnalyzerHarness.Parse(source, options: AnalyzerHarness.ParseOptions.WithPreprocessorSymbols("DEBUG"));
        var diagnostic = Assert.Single(Run(debug).WithId(Dloc002));
        Assert.Equal(Span(source, "RegionEndpoint.EUWest2"), diagnostic.Location.SourceSpan);
    }

    [Fact]
    public void Records_and_primary_constructors()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            record StorageSettings(RegionEndpoint Region, string RegionId);

            class Archive(RegionEndpoint region)
            {
                public AmazonS3Client Client { get; } = new AmazonS3Client(region);
            }

            class VirginiaClient() : AmazonS3Client(RegionEndpoint.USWest1);

            class Setup
            {
                StorageSettings Settings() => new StorageSettings(RegionEndpoint.USEast1, "cn-north-1");
                StorageSettings Moved(StorageSettings s) => s with { Region = RegionEndpoint.EUWest2 };
                Archive Archive() => new Archive(RegionEndpoint.APEast1);
                Archive Home() => new Archive(RegionEndpoint.CNNorthWest1);
            }
            """;
        var compilation = AnalyzerHarness.Compile(AnalyzerHarness.Parse(source));
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal(
            new[]
            {
                (Span(source, "RegionEndpoint.USWest1"), "us-west-1"),
                (Span(source, "RegionEndpoint.USEast1"), "us-east-1"),
                (Span(source, "RegionEndpoint.EUWest2"), "eu-west-2"),
                (Span(source, "RegionEndpoint.APEast1"), "ap-east-1"),
            },
            Run(compilation).WithId(Dloc002).Select(d => (d.Location.SourceSpan, RegionOf(d))));
    }

    /// <summary>Parses and analyses on a thread with the default stack: deep nesting must not need a bigger one.</summary>
    private static AnalyzerHarness.Result Run(string source) => Run(() => AnalyzerHarness.Compile(AnalyzerHarness.Parse(source)));

    private static AnalyzerHarness.Result Run(params SyntaxTree[] trees) => Run(() => AnalyzerHarness.Compile(trees));

    private static AnalyzerHarness.Result Run(Compilation compilation) => Run(() => compilation);

    private static AnalyzerHarness.Result Run(Func<Compilation> compile)
    {
        var result = AnalyzerHarness.OnDefaultStack(() =>
        {
            var compilation = compile();
            return AnalyzerHarness.Analyze(compilation, China, AnalyzerHarness.Bound(TimeSpan.FromMinutes(2)), concurrent: true);
        });
        Assert.Empty(result.Failures);
        return result;
    }

    private static TextSpan Span(string source, string text)
    {
        var start = source.IndexOf(text, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{text}' is not in the source");
        return new TextSpan(start, text.Length);
    }

    /// <summary>The region id a DLOC002 message names: "AWS region 'us-east-1' (...)".</summary>
    private static string RegionOf(Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage();
        var start = message.IndexOf('\'') + 1;
        return message.Substring(start, message.IndexOf('\'', start) - start);
    }
}
