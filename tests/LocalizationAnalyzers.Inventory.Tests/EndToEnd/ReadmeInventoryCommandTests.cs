using System.Diagnostics;
using System.Text;
using LocalizationAnalyzers.Inventory.Model;
using Xunit;

namespace LocalizationAnalyzers.Inventory.Tests.EndToEnd;

/// <summary>
/// The README's inventory command, exactly as written, on a fresh copy of the repository (no bin/, obj/ or
/// artifacts/ folder): the real analyzers build the real sample, and the tool reports the real SARIF. The other
/// inventory tests read SARIF fixtures of a stand-in analyzer; this one is what a newcomer gets.
/// </summary>
public sealed class ReadmeInventoryCommandTests : IClassFixture<ReadmeInventoryCommandTests.FreshClone>
{
    private readonly FreshClone _clone;

    public ReadmeInventoryCommandTests(FreshClone clone) => _clone = clone;

    [Fact]
    public void The_command_as_written_succeeds_and_writes_the_three_reports()
    {
        Assert.True(_clone.ExitCode == 0, _clone.Output);
        Assert.Contains("Wrote artifacts/inventory/inventory.json, artifacts/inventory/inventory.md, artifacts/inventory/inventory.html", _clone.Output);
        Assert.DoesNotContain("CS0016", _clone.Output);
    }

    [Fact]
    public void Every_outside_finding_of_the_sample_is_a_flow_with_its_place()
    {
        var inventory = _clone.Inventory;
        var outside = inventory.Flows.Where(f => f.Verdict == Verdicts.Outside)
            .Select(f => $"{f.File}:{f.Line} {f.Destination} {f.Country}{(f.Cloud is null ? "" : " [" + f.Cloud + "]")} {string.Join(",", f.Findings.Select(x => x.RuleId))}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            [
                "samples/ShopBackend/Catalog/ProductImageStore.cs:10 aws:us-east-1 US DLOC002",
                "samples/ShopBackend/Errors/ErrorReporting.cs:13 o4504.ingest.us.sentry.io US DLOC001",
                "samples/ShopBackend/Errors/ErrorReporting.cs:9 o4504.ingest.us.sentry.io US DLOC003",
                "samples/ShopBackend/Identity/AzureSetup.cs:10 Azure public cloud " + Clouds.Countries("azure") + " [azure] DLOC006",
                "samples/ShopBackend/Identity/AzureSetup.cs:13 azure:westus US DLOC002",
                "samples/ShopBackend/Marketing/Analytics.cs:13 api.mixpanel.com US DLOC003",
                "samples/ShopBackend/Marketing/Analytics.cs:16 api.mixpanel.com US DLOC001",
                "samples/ShopBackend/Notifications/Mailer.cs:10 email-smtp.us-east-1.amazonaws.com US DLOC003",
                "samples/ShopBackend/Notifications/Mailer.cs:14 email-smtp.us-east-1.amazonaws.com US DLOC001",
                "samples/ShopBackend/Orders/OrderRepository.cs:11 aws:ap-east-1 HK DLOC002",
                "samples/ShopBackend/Startup/AwsSetup.cs:10 aws:eu-central-1 DE DLOC002",
                "samples/ShopBackend/Startup/AwsSetup.cs:14 aws:ap-southeast-1 SG DLOC002",
                "samples/ShopBackend/appsettings.json:10 o450000.ingest.us.sentry.io US DLOC003",
                "samples/ShopBackend/appsettings.json:6 aws:ap-southeast-1 SG DLOC002",
            ],
            outside);
        Assert.Empty(inventory.OtherFindings);
    }

    [Fact]
    public void Countries_kinds_and_sensitive_data_are_those_of_the_sample()
    {
        var inventory = _clone.Inventory;

        Assert.Equal(
            [Clouds.Countries("azure"), "CN", "DE", "HK", "SG", "US", "unknown"],
            inventory.Summary.ByCountry.Select(c => c.Country).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(["cloud", "endpoint", "http", "mail", "telemetry"], inventory.Flows.Select(f => f.EgressKind).Distinct().Order(StringComparer.Ordinal).ToList());

        // The ID card number to the CRM in China is the one sensitive transfer, and it stays inside.
        var sensitive = Assert.Single(inventory.Flows, f => f.Sensitive);
        Assert.Equal(("crm.shop.cn", "CN", Verdicts.Compliant, "Customer.ShenFenZheng"), (sensitive.Destination, sensitive.Country, sensitive.Verdict, sensitive.Source));
        Assert.Equal(inventory.Flows.Count, inventory.Flows.Select(f => (f.File, f.Line, f.Column, f.Api, f.Destination)).Distinct().Count());
    }

    [Fact]
    public void The_page_names_the_Azure_public_cloud_by_its_cloud()
    {
        var html = File.ReadAllText(Path.Combine(_clone.Root, "artifacts", "inventory", "inventory.html"));

        Assert.Contains("<details class=\"countries\"><summary>Azure public cloud, 34 countries</summary>", html);
        Assert.DoesNotContain("United Arab Emirates (AE) or Austria (AT)", html);
    }

    [Fact]
    public void Each_destination_names_its_operator_and_whether_it_answers_to_another_state()
    {
        var mixpanel = _clone.Inventory.Flows.First(f => f.Destination == "api.mixpanel.com");
        Assert.Equal(("Mixpanel, Inc.", "US", "foreign"), (mixpanel.Operator, mixpanel.OperatorJurisdiction, mixpanel.Sovereignty));

        var markdown = File.ReadAllText(Path.Combine(_clone.Root, "artifacts", "inventory", "inventory.md"));
        Assert.Contains("## Who operates the destinations", markdown);
        Assert.Contains("| api.mixpanel.com | United States (US) | Mixpanel, Inc. | United States (US) | foreign |", markdown);
        var html = File.ReadAllText(Path.Combine(_clone.Root, "artifacts", "inventory", "inventory.html"));
        Assert.Contains("<td>api.mixpanel.com</td><td>United States (US)</td><td>Mixpanel, Inc.</td><td>United States (US)</td><td>foreign</td>", html);
    }

    /// <summary>A copy of the repository as a clone has it, and the README's command run in it once.</summary>
    public sealed class FreshClone : IDisposable
    {
        private static readonly string[] Copied = ["src", "samples", "tools", "Directory.Build.props", "Directory.Packages.props", "global.json", "nuget.config", "LocalizationAnalyzers.sln", "README.md"];

        public FreshClone()
        {
            var repository = FindRepository();
            Root = Directory.CreateTempSubdirectory("dloc-readme-").FullName;
            foreach (var entry in Copied)
            {
                Copy(Path.Combine(repository, entry), Path.Combine(Root, entry));
            }

            var command = InventoryCommand(File.ReadAllText(Path.Combine(repository, "README.md")));
            (ExitCode, Output) = Run(Root, command);
            var json = Path.Combine(Root, "artifacts", "inventory", "inventory.json");
            Inventory = File.Exists(json) ? InventoryFile.Read(json) : throw new InvalidOperationException("no inventory.json:\n" + Output);
        }

        public string Root { get; }

        public int ExitCode { get; }

        public string Output { get; }

        public InventoryDocument Inventory { get; }

        /// <summary>The one line of the README that builds the sample with a SARIF log and reports it.</summary>
        internal static string InventoryCommand(string readme)
        {
            var lines = readme.Split('\n').Select(l => l.Trim())
                .Where(l => l.StartsWith("dotnet build samples/ShopBackend", StringComparison.Ordinal) && l.Contains(" report artifacts/inventory", StringComparison.Ordinal))
                .ToList();
            return Assert.Single(lines);
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }

        private static string FindRepository()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "LocalizationAnalyzers.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("LocalizationAnalyzers.sln not found above " + AppContext.BaseDirectory);
        }

        /// <summary>The sources only: what a clone holds, without the build outputs of this checkout.</summary>
        private static void Copy(string from, string to)
        {
            if (File.Exists(from))
            {
                File.Copy(from, to);
                return;
            }

            Directory.CreateDirectory(to);
            foreach (var file in Directory.EnumerateFiles(from))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }

            foreach (var dir in Directory.EnumerateDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj" or "artifacts")))
            {
                Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
            }
        }

        /// <summary>The command through sh, as a user pastes it ($PWD and all).</summary>
        private static (int ExitCode, string Output) Run(string directory, string command)
        {
            var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(command);
            start.Environment["PWD"] = directory;
            start.Environment["MSBUILDNOINPROCNODE"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["MSBUILDTERMINALLOGGER"] = "off";
            using var process = Process.Start(start)!;
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(TimeSpan.FromMinutes(20)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("the README's inventory command did not finish in 20 minutes:\n" + output);
            }

            process.WaitForExit();
            return (process.ExitCode, output.ToString());
        }
    }
}
