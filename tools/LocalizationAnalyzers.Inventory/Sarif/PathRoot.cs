using System.Text.RegularExpressions;

namespace LocalizationAnalyzers.Inventory.Sarif;

/// <summary>
/// Source paths in the inventory are relative to a root, with forward slashes, so that the same
/// repository built in two places (a developer's machine, a CI agent, Windows or Linux) gives the
/// same inventory and the diff compares like with like.
/// The root is, in this order: --root; the git work tree holding the SARIF logs, when every source
/// file lies in it; the deepest folder common to all source files.
/// </summary>
public static partial class PathRoot
{
    public static string FromUri(string uri)
    {
        if (uri.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            var path = Uri.UnescapeDataString(parsed.AbsolutePath);
            if (!string.IsNullOrEmpty(parsed.Host))
            {
                path = "//" + parsed.Host + path;
            }
            else if (DriveAfterSlash().IsMatch(path))
            {
                path = path[1..];
            }

            return path;
        }

        return Normalize(Uri.UnescapeDataString(uri));
    }

    public static string Normalize(string path) => path.Replace('\\', '/');

    public static bool IsWindowsPath(string path) => Drive().IsMatch(path) || path.StartsWith("//", StringComparison.Ordinal);

    public static bool IsAbsolute(string path) => path.StartsWith('/') || IsWindowsPath(path);

    /// <summary>The path relative to the root (which ends with '/'), or the path itself when it lies elsewhere.</summary>
    public static string Relativize(string path, string root)
    {
        if (root.Length == 0)
        {
            return path;
        }

        var comparison = IsWindowsPath(root) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.StartsWith(root, comparison) ? path[root.Length..] : path;
    }

    /// <summary>Finds the root (ending with '/', or empty) and, when it is a chosen folder, a name for the application.</summary>
    public static (string Root, string? Name) Detect(string? explicitRoot, IEnumerable<string> sarifFiles, IReadOnlyCollection<string> sourcePaths)
    {
        if (!string.IsNullOrWhiteSpace(explicitRoot))
        {
            // A Windows path stays as it is on Linux (a log from a Windows agent read elsewhere).
            var normalized = Normalize(explicitRoot);
            var full = WithSlash(IsWindowsPath(normalized) ? normalized : Normalize(Path.GetFullPath(explicitRoot)));
            return (full, FolderName(full));
        }

        var absolute = sourcePaths.Where(IsAbsolute).ToList();
        foreach (var sarif in sarifFiles)
        {
            for (var folder = Path.GetDirectoryName(Path.GetFullPath(sarif)); folder is not null; folder = Path.GetDirectoryName(folder))
            {
                if (Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git")))
                {
                    var candidate = WithSlash(Normalize(folder));
                    if (absolute.Count > 0 && absolute.All(p => Relativize(p, candidate) != p))
                    {
                        return (candidate, FolderName(candidate));
                    }

                    break;
                }
            }
        }

        return (CommonFolder(absolute), null);
    }

    public static string CommonFolder(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return "";
        }

        var comparison = IsWindowsPath(paths[0]) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var prefix = paths[0][..(paths[0].LastIndexOf('/') + 1)];
        foreach (var path in paths.Skip(1))
        {
            while (prefix.Length > 0 && !path.StartsWith(prefix, comparison))
            {
                prefix = prefix[..(prefix.TrimEnd('/').LastIndexOf('/') + 1)];
            }
        }

        return prefix;
    }

    private static string WithSlash(string path) => path.EndsWith('/') ? path : path + "/";

    private static string? FolderName(string root) => root.TrimEnd('/').Split('/').LastOrDefault(s => s.Length > 0 && !s.EndsWith(':'));

    [GeneratedRegex("^/[A-Za-z]:/")]
    private static partial Regex DriveAfterSlash();

    [GeneratedRegex("^[A-Za-z]:/")]
    private static partial Regex Drive();
}
