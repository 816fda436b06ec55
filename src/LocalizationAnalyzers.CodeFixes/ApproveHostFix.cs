using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using LocalizationAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace LocalizationAnalyzers.CodeFixes;

/// <summary>
/// "Approve host in policy": adds the host to data_localization.approved_hosts in the project's
/// .globalconfig (else its .editorconfig), creating the key, or a .globalconfig, when there is none.
/// For a transfer that passed a legal assessment. Fix All approves every host in scope in one edit.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ApproveHostFix)), Shared]
public sealed class ApproveHostFix : CodeFixProvider
{
    private const string Key = "data_localization.approved_hosts";
    private const string EquivalenceKey = "DLOC:ApproveHostInPolicy";
    private static readonly Regex s_keyLine = new(@"^(?<prefix>[ \t]*data_localization\.approved_hosts[ \t]*=)(?<value>[^\r\n]*)", RegexOptions.Multiline | RegexOptions.IgnoreCase);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.EndpointOutsideJurisdiction, RuleIdentifiers.PersonalDataOutsideJurisdiction);

    public override FixAllProvider GetFixAllProvider() => new ApproveAllHosts();

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(FixProperties.Host, out var host) && host is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Approve host {host} in policy",
                        cancellationToken => ApproveAsync(context.Document.Project, new[] { host }, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> ApproveAsync(Project project, IEnumerable<string> hosts, CancellationToken cancellationToken)
    {
        var config = project.AnalyzerConfigDocuments
            .Where(d => d.FilePath is not null)
            .OrderBy(d => d.FilePath!.EndsWith(".globalconfig", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenByDescending(d => d.FilePath!.Length)
            .FirstOrDefault();
        var wanted = hosts.Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(h => h, StringComparer.Ordinal).ToList();
        if (config is null)
        {
            var folder = Path.GetDirectoryName(project.FilePath) ?? "";
            var text = SourceText.From("is_global = true\n" + Key + " = " + string.Join(", ", wanted) + "\n");
            return project.AddAnalyzerConfigDocument(".globalconfig", text, filePath: Path.Combine(folder, ".globalconfig")).Project.Solution;
        }

        var current = (await config.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
        return project.Solution.WithAnalyzerConfigDocumentText(config.Id, SourceText.From(WithHosts(current, wanted)));
    }

    /// <summary>The config text with the hosts added to the key (or the key added at the end), each host once.</summary>
    internal static string WithHosts(string text, IReadOnlyList<string> hosts)
    {
        var match = s_keyLine.Match(text);
        if (!match.Success)
        {
            var newline = text.Length == 0 || text.EndsWith("\n", StringComparison.Ordinal) ? "" : "\n";
            return text + newline + Key + " = " + string.Join(", ", hosts) + "\n";
        }

        var existing = match.Groups["value"].Value.Split(',').Select(h => h.Trim()).Where(h => h.Length > 0).ToList();
        var added = hosts.Where(h => !existing.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
        if (added.Count == 0)
        {
            return text;
        }

        var value = " " + string.Join(", ", existing.Concat(added));
        var group = match.Groups["value"];
        return text.Substring(0, group.Index) + value + text.Substring(group.Index + group.Length);
    }

    /// <summary>Fix All: one edit per project with every host its diagnostics in scope name.</summary>
    private sealed class ApproveAllHosts : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var projects = fixAllContext.Scope == FixAllScope.Solution
                ? fixAllContext.Solution.Projects
                : new[] { fixAllContext.Project };
            var hostsByProject = new Dictionary<ProjectId, List<string>>();
            foreach (var project in projects)
            {
                var documents = fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document is { } document
                    ? new[] { document }
                    : project.Documents;
                foreach (var each in documents)
                {
                    foreach (var diagnostic in await fixAllContext.GetDocumentDiagnosticsAsync(each).ConfigureAwait(false))
                    {
                        if (diagnostic.Properties.TryGetValue(FixProperties.Host, out var host) && host is not null)
                        {
                            if (!hostsByProject.TryGetValue(project.Id, out var hosts))
                            {
                                hostsByProject[project.Id] = hosts = new List<string>();
                            }

                            hosts.Add(host);
                        }
                    }
                }
            }

            return CodeAction.Create(
                "Approve hosts in policy",
                async cancellationToken =>
                {
                    var solution = fixAllContext.Solution;
                    foreach (var pair in hostsByProject)
                    {
                        solution = await ApproveAsync(solution.GetProject(pair.Key)!, pair.Value, cancellationToken).ConfigureAwait(false);
                    }

                    return solution;
                },
                EquivalenceKey);
        }
    }
}
