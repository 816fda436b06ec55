using System.Globalization;
using LocalizationAnalyzers.Inventory.Diff;
using LocalizationAnalyzers.Inventory.Model;
using LocalizationAnalyzers.Inventory.Reports;
using LocalizationAnalyzers.Inventory.Sarif;

namespace LocalizationAnalyzers.Inventory;

/// <summary>The command line. Exit codes: 0 success (gate passed), 1 gate failed, 2 usage or input error.</summary>
public static class Cli
{
    public const int Success = 0;
    public const int GateFailed = 1;
    public const int UsageError = 2;

    public const string Usage = """
        dloc-inventory: the data-transfer inventory of a build, from the SARIF logs of LocalizationAnalyzers.

        Usage:
          dloc-inventory report <sarif file|folder|glob>... --out <folder> [--name <title>] [--root <folder>] [--timestamp]
              Reads the DLOC100 (and DLOC001-006, DLOC900) results and writes inventory.json,
              inventory.md and inventory.html to --out. Folders are searched for *.sarif.
              --root     make source paths relative to this folder (default: the git work tree of
                         the logs, else the folder common to all source files)
              --name     title of the reports (default: the name of the root folder)
              --timestamp  record the time of generation (off by default: same build, same bytes)

          dloc-inventory diff <baseline inventory.json> <current inventory.json>
                         [--fail-on <verdicts>] [--allow-suppressed] [--allow-incomplete] [--out <file.md>]
              Lists new, removed and changed flows as Markdown and exits 1 when a new flow (or a flow
              newly reaching it) has a verdict of --fail-on, 0 otherwise.
              --fail-on  comma-separated: outside (default), unverified, unverified-personal
                         (unverified and carrying personal data), no-policy, compliant, any, none.
                         --jurisdiction-fail-on is the same option.
              --allow-suppressed  do not fail on sites whose findings are all suppressed with a justification
              --allow-incomplete  do not fail when DLOC100 did not reach some log of the current build
              --out      also write the Markdown to this file

        Exit codes: 0 success or gate passed, 1 gate failed, 2 usage or input error.
        Producing the SARIF: see tools/LocalizationAnalyzers.Inventory/README.md.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).Write(Usage);
            return args.Length == 0 ? UsageError : Success;
        }

        try
        {
            return args[0] switch
            {
                "report" => Report(args[1..], stdout, stderr),
                "diff" => DiffCommand(args[1..], stdout, stderr),
                _ => Fail(stderr, $"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            return Fail(stderr, e.Message);
        }
        catch (Exception e) when (e is SarifFormatException or InventoryFormatException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("dloc-inventory: " + e.Message);
            return UsageError;
        }
    }

    private static int Report(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args, ["--out", "--name", "--root"], ["--timestamp"]);
        if (parsed.Positional.Count == 0)
        {
            throw new UsageException("report needs at least one SARIF file or folder");
        }

        var output = parsed.Value("--out") ?? throw new UsageException("report needs --out <folder>");
        var errors = new List<string>();
        var files = InputFiles.Expand(parsed.Positional, errors);
        if (errors.Count > 0)
        {
            throw new UsageException(string.Join("; ", errors));
        }

        var logs = files.Select(SarifReader.Read).ToList();
        var generatedAt = parsed.Flag("--timestamp") ? DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : null;
        var inventory = InventoryBuilder.Build(logs, new BuildOptions(parsed.Value("--name"), parsed.Value("--root"), generatedAt));

        Directory.CreateDirectory(output);
        var json = Path.Combine(output, "inventory.json");
        var markdown = Path.Combine(output, "inventory.md");
        var html = Path.Combine(output, "inventory.html");
        InventoryFile.Write(inventory, json);
        var utf8 = new System.Text.UTF8Encoding(false);
        File.WriteAllText(markdown, MarkdownReport.Render(inventory), utf8);
        File.WriteAllText(html, HtmlReport.Render(inventory), utf8);

        foreach (var warning in ReportText.CoverageWarnings(inventory.Coverage))
        {
            stderr.WriteLine("warning: " + warning.Replace("`", ""));
        }

        var counts = string.Join(", ", inventory.Summary.ByVerdict.Where(v => v.Value > 0).Select(v => v.Value + " " + v.Key));
        stdout.WriteLine($"Read {ReportText.Plural(logs.Count, "SARIF log")}: {ReportText.Plural(inventory.Flows.Count, "egress site")}"
            + (counts.Length > 0 ? $" ({counts})" : "") + $", {ReportText.Plural(inventory.OtherFindings.Count, "other finding")}.");
        stdout.WriteLine($"Wrote {json}, {markdown}, {html}");
        return Success;
    }

    private static int DiffCommand(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args, ["--fail-on", "--jurisdiction-fail-on", "--out"], ["--allow-suppressed", "--allow-incomplete"]);
        if (parsed.Positional.Count != 2)
        {
            throw new UsageException("diff needs exactly two inventory.json files: <baseline> <current>");
        }

        var failOn = new HashSet<string>(StringComparer.Ordinal);
        var values = new[] { parsed.Value("--fail-on"), parsed.Value("--jurisdiction-fail-on") }.OfType<string>().ToList();
        foreach (var token in (values.Count == 0 ? [Verdicts.Outside] : values).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!GateOptions.Tokens.Contains(token))
            {
                throw new UsageException($"--fail-on: unknown value '{token}'; accepted: {string.Join(", ", GateOptions.Tokens)}");
            }

            if (token != "none")
            {
                failOn.Add(token);
            }
        }

        foreach (var file in parsed.Positional.Where(f => !File.Exists(f)))
        {
            throw new UsageException($"'{file}' does not exist");
        }

        var baseline = InventoryFile.Read(parsed.Positional[0]);
        var current = InventoryFile.Read(parsed.Positional[1]);
        var options = new GateOptions(failOn, parsed.Flag("--allow-suppressed"), parsed.Flag("--allow-incomplete"));
        var diff = InventoryDiff.Compare(baseline, current);
        var gate = Gate.Evaluate(diff, current, options);
        var report = DiffReport.Render(baseline, current, diff, gate, options);
        stdout.Write(report);
        if (parsed.Value("--out") is { } outFile)
        {
            File.WriteAllText(outFile, report, new System.Text.UTF8Encoding(false));
        }

        return gate.Failed ? GateFailed : Success;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine("dloc-inventory: " + message);
        stderr.WriteLine("Run 'dloc-inventory --help' for usage.");
        return UsageError;
    }

    private sealed class UsageException(string message) : Exception(message);

    private sealed record Arguments(IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string> Options, IReadOnlySet<string> Flags)
    {
        public string? Value(string name) => Options.TryGetValue(name, out var value) ? value : null;

        public bool Flag(string name) => Flags.Contains(name);

        public static Arguments Parse(string[] args, string[] valued, string[] flags)
        {
            var positional = new List<string>();
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            var set = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i++)
            {
                var arg = args[i];
                var eq = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOf('=') : -1;
                var name = eq > 0 ? arg[..eq] : arg;
                if (valued.Contains(name))
                {
                    var value = eq > 0 ? arg[(eq + 1)..] : i + 1 < args.Length ? args[++i] : throw new UsageException($"{name} needs a value");
                    if (value.Length == 0 || (eq < 0 && value.StartsWith("--", StringComparison.Ordinal)))
                    {
                        throw new UsageException($"{name} needs a value");
                    }

                    if (!options.TryAdd(name, value))
                    {
                        throw new UsageException($"{name} is given twice");
                    }
                }
                else if (flags.Contains(name) && eq < 0)
                {
                    set.Add(name);
                }
                else if (arg.StartsWith('-') && arg.Length > 1)
                {
                    throw new UsageException($"unknown option '{arg}'");
                }
                else
                {
                    positional.Add(arg);
                }
            }

            return new Arguments(positional, options, set);
        }
    }
}
