using System.Text.Json;
using LocalizationAnalyzers.Inventory.Model;

namespace LocalizationAnalyzers.Inventory.Sarif;

/// <summary>A region of a source file, as absolute (or, if the log says so, relative) path with forward slashes.</summary>
public sealed record SarifLocation(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public bool Contains(SarifLocation other) =>
        PathEquals(Path, other.Path)
        && (StartLine, StartColumn).CompareTo((other.StartLine, other.StartColumn)) <= 0
        && (EndLine, EndColumn).CompareTo((other.EndLine, other.EndColumn)) >= 0;

    public int Size => ((EndLine - StartLine) * 10_000) + (EndColumn - StartColumn);

    internal static bool PathEquals(string a, string b) =>
        string.Equals(a, b, PathRoot.IsWindowsPath(a) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}

public sealed record SarifResult(
    string RuleId,
    string Level,
    string Message,
    SarifLocation? Location,
    IReadOnlyList<SarifLocation> RelatedLocations,
    IReadOnlyDictionary<string, string> Properties,
    Suppression? Suppression);

/// <summary>Whether DLOC100 could reach this log (see <see cref="Coverage"/>).</summary>
public enum InventoryState
{
    AnalyzerAbsent,
    Enabled,
    Disabled,
    Unknown,
}

public sealed record SarifLog(string File, string Version, InventoryState InventoryState, IReadOnlyList<SarifResult> Results);

public sealed class SarifFormatException(string message) : Exception(message);

/// <summary>
/// Reads the SARIF logs the C# compiler writes with <c>-p:ErrorLog=file.sarif,version=2.1</c> (and the
/// older 1.0 format, the default without a version). Only DLOC results are kept.
/// What the compiler writes (verified with the .NET 10 SDK's compiler, see the README):
/// Diagnostic.Properties under <c>result.properties.customProperties</c>; additional locations as
/// <c>relatedLocations</c>; #pragma and [SuppressMessage] as <c>suppressions[] { kind: "inSource",
/// justification?, properties.suppressionType: "Pragma Directive" | "SuppressMessageAttribute" }</c>
/// (1.0: <c>suppressionStates: ["suppressedInSource"]</c>, no justification); a diagnostic whose
/// severity is hidden is not written at all; a severity raised by configuration appears in
/// <c>invocations[].ruleConfigurationOverrides</c>.
/// </summary>
public static class SarifReader
{
    public const string InventoryRule = "DLOC100";

    public static SarifLog Read(string file)
    {
        JsonDocument document;
        try
        {
            using var stream = File.OpenRead(file);
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new SarifFormatException($"{file}: not valid JSON ({e.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
            {
                throw new SarifFormatException($"{file}: not a SARIF log (no \"runs\" array)");
            }

            var version = String(root, "version") ?? "";
            var v1 = version.StartsWith("1.", StringComparison.Ordinal);
            var results = new List<SarifResult>();
            var analyzer = false;
            var enabledByConfiguration = false;
            var inventoryResults = 0;
            foreach (var run in runs.EnumerateArray())
            {
                analyzer |= RuleIds(run, v1).Any(id => id.StartsWith("DLOC", StringComparison.Ordinal));
                enabledByConfiguration |= InventoryRaisedByConfiguration(run);
                var baseUris = BaseUris(run);
                if (run.TryGetProperty("results", out var runResults) && runResults.ValueKind == JsonValueKind.Array)
                {
                    foreach (var result in runResults.EnumerateArray())
                    {
                        var ruleId = RuleId(result);
                        if (ruleId is null || !ruleId.StartsWith("DLOC", StringComparison.Ordinal))
                        {
                            continue;
                        }

                        inventoryResults += ruleId == InventoryRule ? 1 : 0;
                        results.Add(ReadResult(result, ruleId, v1, baseUris));
                    }
                }
            }

            var state = !analyzer && inventoryResults == 0 ? InventoryState.AnalyzerAbsent
                : inventoryResults > 0 || enabledByConfiguration ? InventoryState.Enabled
                : v1 ? InventoryState.Unknown
                : InventoryState.Disabled;
            return new SarifLog(file, version, state, results);
        }
    }

    private static SarifResult ReadResult(JsonElement result, string ruleId, bool v1, IReadOnlyDictionary<string, string> baseUris)
    {
        var level = String(result, "level") ?? "warning";
        var message = v1
            ? String(result, "message") ?? ""
            : result.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object ? String(m, "text") ?? "" : String(result, "message") ?? "";

        SarifLocation? location = null;
        if (result.TryGetProperty("locations", out var locations) && locations.ValueKind == JsonValueKind.Array)
        {
            location = locations.EnumerateArray().Select(l => ReadLocation(l, v1 ? "resultFile" : "physicalLocation", baseUris)).FirstOrDefault(l => l is not null);
        }

        var related = new List<SarifLocation>();
        if (result.TryGetProperty("relatedLocations", out var relatedLocations) && relatedLocations.ValueKind == JsonValueKind.Array)
        {
            related.AddRange(relatedLocations.EnumerateArray().Select(l => ReadLocation(l, "physicalLocation", baseUris)).OfType<SarifLocation>());
        }

        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (result.TryGetProperty("properties", out var bag) && bag.ValueKind == JsonValueKind.Object
            && bag.TryGetProperty("customProperties", out var custom) && custom.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in custom.EnumerateObject())
            {
                properties[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() ?? "" : property.Value.GetRawText();
            }
        }

        return new SarifResult(ruleId, level, message, location, related, properties, ReadSuppression(result));
    }

    private static Suppression? ReadSuppression(JsonElement result)
    {
        if (result.TryGetProperty("suppressions", out var suppressions) && suppressions.ValueKind == JsonValueKind.Array)
        {
            foreach (var suppression in suppressions.EnumerateArray())
            {
                // SARIF 2.1 §3.35.3: a suppression whose status is "rejected" does not suppress.
                if (String(suppression, "status") is "rejected")
                {
                    continue;
                }

                var type = suppression.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
                    ? String(p, "suppressionType") ?? "" : "";
                return new Suppression(String(suppression, "kind") ?? "inSource", type, (String(suppression, "justification") ?? "").Trim());
            }
        }

        if (result.TryGetProperty("suppressionStates", out var states) && states.ValueKind == JsonValueKind.Array
            && states.EnumerateArray().Any(s => s.ValueKind == JsonValueKind.String && s.GetString() == "suppressedInSource"))
        {
            return new Suppression("inSource", "", "");
        }

        return null;
    }

    private static SarifLocation? ReadLocation(JsonElement location, string physicalName, IReadOnlyDictionary<string, string> baseUris)
    {
        if (!location.TryGetProperty(physicalName, out var physical) || physical.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        // 2.1: physicalLocation.artifactLocation.uri; 1.0: resultFile.uri / physicalLocation.uri
        var artifact = physical.TryGetProperty("artifactLocation", out var a) && a.ValueKind == JsonValueKind.Object ? a : physical;
        var uri = String(artifact, "uri");
        if (uri is null)
        {
            return null;
        }

        if (String(artifact, "uriBaseId") is { } baseId && baseUris.TryGetValue(baseId, out var baseUri))
        {
            uri = baseUri.TrimEnd('/') + "/" + uri.TrimStart('/');
        }

        int startLine = 0, startColumn = 0, endLine = 0, endColumn = 0;
        if (physical.TryGetProperty("region", out var region) && region.ValueKind == JsonValueKind.Object)
        {
            startLine = Int(region, "startLine") ?? 0;
            startColumn = Int(region, "startColumn") ?? 1;
            endLine = Int(region, "endLine") ?? startLine;
            endColumn = Int(region, "endColumn") ?? startColumn;
        }

        return new SarifLocation(PathRoot.FromUri(uri), startLine, startColumn, endLine, endColumn);
    }

    private static IReadOnlyDictionary<string, string> BaseUris(JsonElement run)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (run.TryGetProperty("originalUriBaseIds", out var ids) && ids.ValueKind == JsonValueKind.Object)
        {
            foreach (var id in ids.EnumerateObject())
            {
                if (id.Value.ValueKind == JsonValueKind.Object && String(id.Value, "uri") is { } uri)
                {
                    result[id.Name] = uri;
                }
                else if (id.Value.ValueKind == JsonValueKind.String)
                {
                    result[id.Name] = id.Value.GetString()!;
                }
            }
        }

        return result;
    }

    private static IEnumerable<string> RuleIds(JsonElement run, bool v1)
    {
        if (v1)
        {
            if (run.TryGetProperty("rules", out var rules) && rules.ValueKind == JsonValueKind.Object)
            {
                return rules.EnumerateObject().Select(r => r.Name).ToList();
            }

            return [];
        }

        if (run.TryGetProperty("tool", out var tool) && tool.TryGetProperty("driver", out var driver)
            && driver.TryGetProperty("rules", out var driverRules) && driverRules.ValueKind == JsonValueKind.Array)
        {
            return driverRules.EnumerateArray().Select(r => String(r, "id")).OfType<string>().ToList();
        }

        return [];
    }

    private static bool InventoryRaisedByConfiguration(JsonElement run)
    {
        if (!run.TryGetProperty("invocations", out var invocations) || invocations.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var invocation in invocations.EnumerateArray())
        {
            if (!invocation.TryGetProperty("ruleConfigurationOverrides", out var overrides) || overrides.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var entry in overrides.EnumerateArray())
            {
                if (entry.TryGetProperty("descriptor", out var descriptor) && String(descriptor, "id") == InventoryRule
                    && entry.TryGetProperty("configuration", out var configuration)
                    && String(configuration, "level") is "note" or "warning" or "error")
                {
                    return !(configuration.TryGetProperty("enabled", out var enabled) && enabled.ValueKind == JsonValueKind.False);
                }
            }
        }

        return false;
    }

    private static string? RuleId(JsonElement result) =>
        String(result, "ruleId")
        ?? (result.TryGetProperty("rule", out var rule) && rule.ValueKind == JsonValueKind.Object ? String(rule, "id") : null);

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i) ? i : null;
}
