using System;
using System.Collections.Generic;
using System.Linq;

namespace LocalizationAnalyzers.Policy;

/// <summary>How list values are written in editorconfig: comma-separated, spaces ignored.</summary>
internal static class PolicyValues
{
    public static IReadOnlyList<string> SplitList(string value) =>
        value.Split(new[] { ',' }, StringSplitOptions.None)
            .Select(item => item.Trim())
            .Where(item => item.Length > 0)
            .ToList();
}
