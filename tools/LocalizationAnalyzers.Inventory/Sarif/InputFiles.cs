using System.Text;
using System.Text.RegularExpressions;

namespace LocalizationAnalyzers.Inventory.Sarif;

/// <summary>
/// Turns the report command's inputs into SARIF files: a file is taken as it is; a folder is searched
/// recursively for *.sarif and *.sarif.json; a pattern with * ? or ** (for shells that do not expand
/// them, e.g. "src/**/dloc.sarif") is matched below its fixed leading folders.
/// </summary>
public static class InputFiles
{
    private static readonly string[] SkippedFolders = [".git", "node_modules"];

    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs, List<string> errors)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                files.Add(Path.GetFullPath(input));
            }
            else if (Directory.Exists(input))
            {
                var found = Search(Path.GetFullPath(input)).Where(IsSarifName).ToList();
                if (found.Count == 0)
                {
                    errors.Add($"no *.sarif file in folder '{input}'");
                }

                files.UnionWith(found);
            }
            else if (input.IndexOfAny(['*', '?']) >= 0)
            {
                var found = Glob(input).ToList();
                if (found.Count == 0)
                {
                    errors.Add($"no file matches '{input}'");
                }

                files.UnionWith(found);
            }
            else
            {
                errors.Add($"'{input}' does not exist");
            }
        }

        return files.ToList();
    }

    private static bool IsSarifName(string path) =>
        path.EndsWith(".sarif", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".sarif.json", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Glob(string pattern)
    {
        var normalized = PathRoot.Normalize(pattern);
        var segments = normalized.Split('/');
        var fixedCount = segments.TakeWhile(s => s.IndexOfAny(['*', '?']) < 0).Count();
        var baseFolder = fixedCount == 0 ? "." : string.Join('/', segments.Take(fixedCount));
        if (baseFolder.Length == 0)
        {
            baseFolder = "/";
        }

        if (!Directory.Exists(baseFolder))
        {
            return [];
        }

        var regex = new Regex("^" + ToRegex(string.Join('/', segments.Skip(fixedCount))) + "$", RegexOptions.CultureInvariant);
        var fullBase = Path.GetFullPath(baseFolder);
        return Search(fullBase).Where(f => regex.IsMatch(PathRoot.Normalize(Path.GetRelativePath(fullBase, f))));
    }

    private static string ToRegex(string glob)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches zero or more folders; a trailing "**" matches anything.
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                builder.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                builder.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Search(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            string[] entries;
            string[] folders;
            try
            {
                entries = Directory.GetFiles(current);
                folders = Directory.GetDirectories(current);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                yield return entry;
            }

            foreach (var sub in folders.Where(f => !SkippedFolders.Contains(Path.GetFileName(f))))
            {
                pending.Push(sub);
            }
        }
    }
}
