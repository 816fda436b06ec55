using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit;

namespace LocalizationAnalyzers.Inventory.Tests.Infrastructure;

/// <summary>
/// A fact that needs Debian's chromium. Where it is missing, the test is skipped with a message
/// saying how to install it, except in CI (CI=true), where it runs and fails with that message:
/// .ci/run installs chromium, so a missing browser there is a broken CI, not a reason to skip.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && !Chromium.InCi)
        {
            Skip = Chromium.MissingMessage + " (skipped outside CI; with CI=true this test fails instead)";
        }
    }
}

/// <summary>Runs headless chromium on a local file, isolated: new profile, no network services, no GPU.</summary>
public static partial class Chromium
{
    public static readonly string? Path = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public const string MissingMessage = "chromium is not installed: apt-get update && apt-get install -y chromium";

    /// <summary>The DOM after the page's scripts ran (--dump-dom).</summary>
    public static string DumpDom(string file, string hash = "") => Run(["--dump-dom", Url(file, hash)]);

    public static void Screenshot(string file, string png, int width, int height) =>
        Run([$"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", Url(file, "")]);

    /// <summary>The attributes of the &lt;body&gt; (or &lt;html&gt;) tag of a dumped DOM.</summary>
    public static IReadOnlyDictionary<string, string> Attributes(string dom, string tag)
    {
        var element = Regex.Match(dom, "<" + tag + @"\b([^>]*)>");
        Assert.True(element.Success, $"no <{tag}> in the dumped DOM");
        return AttributePattern().Matches(element.Groups[1].Value).ToDictionary(m => m.Groups[1].Value, m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));
    }

    private static string Url(string file, string hash) => new Uri(System.IO.Path.GetFullPath(file)).AbsoluteUri + hash;

    private static string Run(IEnumerable<string> arguments)
    {
        Assert.True(Path is not null, MissingMessage);
        var profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dloc-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        try
        {
            var start = new ProcessStartInfo(Path!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", $"--user-data-dir={profile}",
            }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("chromium did not finish within 120 s");
            }

            Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    [GeneratedRegex("([a-zA-Z-]+)=\"([^\"]*)\"")]
    private static partial Regex AttributePattern();
}
