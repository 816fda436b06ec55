using System.Globalization;
using System.Net;
using System.Text;
using LocalizationAnalyzers.Inventory.Model;

namespace LocalizationAnalyzers.Inventory.Reports;

/// <summary>
/// The picture of the inventory: a Sankey-like SVG from "this application" to each destination country,
/// one band per (country, verdict), its thickness the number of egress sites, its colour the verdict.
/// Worst countries on top. Drawn here, not in the browser, so the diagram is there even with scripts off
/// (in a mail client, a PDF export, a CI artifact viewer).
/// </summary>
public static class FlowDiagram
{
    private const double Width = 1000;
    private const double Top = 44;
    private const double LeftX = 12;
    private const double LeftWidth = 220;
    private const double NodeX = 590;
    private const double NodeWidth = 14;
    private const double LabelX = NodeX + NodeWidth + 14;
    private const double RowMinHeight = 78;
    private const double RowGap = 14;

    public sealed record CountryGroup(string Country, IReadOnlyList<Flow> Flows, bool Inside)
    {
        /// <summary>"China (CN)", or "Azure public cloud, 34 countries" rather than 34 names clipped mid-word.</summary>
        public string Label => ReportText.Place(Country, Flows.Select(f => f.Cloud).FirstOrDefault(c => c is not null));

        public int Count(string verdict) => Flows.Count(f => f.Verdict == verdict);

        public IEnumerable<string> VerdictsPresent => Flows.Select(f => f.Verdict).Distinct().OrderBy(Verdicts.Rank).ThenBy(v => v, StringComparer.Ordinal);

        public int WorstRank => Flows.Min(f => Verdicts.Rank(f.Verdict));

        /// <summary>The bands of this country: per verdict, the sites carrying personal data first, then the others.</summary>
        public IEnumerable<(string Verdict, bool Personal, int Count)> Bands =>
            VerdictsPresent.SelectMany(v => new[] { true, false }
                .Select(personal => (v, personal, Flows.Count(f => f.Verdict == v && (f.PersonalData.Count > 0) == personal)))
                .Where(b => b.Item3 > 0));
    }

    public static IReadOnlyList<CountryGroup> Group(InventoryDocument inventory)
    {
        var inside = Countries.Expand(inventory.Jurisdictions);
        return inventory.Flows
            .GroupBy(f => f.Country, StringComparer.Ordinal)
            .Select(g => new CountryGroup(g.Key, g.ToList(), Countries.IsInside(g.Key, inside)))
            .OrderBy(g => g.WorstRank)
            .ThenByDescending(g => g.Flows.Count)
            .ThenBy(g => Countries.IsUnknown(g.Country) ? 1 : 0)
            .ThenBy(g => g.Country, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The number of bands and nodes drawn (a band per country, verdict and whether personal data is
    /// sent; a node segment per country and verdict; the application's node): what the page's script
    /// counts and the browser test checks.
    /// </summary>
    public static int ElementCount(InventoryDocument inventory)
    {
        var groups = Group(inventory);
        return groups.Count == 0 ? 0 : groups.Sum(g => g.Bands.Count() + g.VerdictsPresent.Count()) + 1;
    }

    public static string Render(InventoryDocument inventory)
    {
        var groups = Group(inventory);
        if (groups.Count == 0)
        {
            return "";
        }

        var total = inventory.Flows.Count;
        var unit = Math.Clamp(440.0 / total, 4, 22);
        var rows = new List<(CountryGroup Group, double Y, double Height, double BandsTop)>();
        var y = Top;
        foreach (var group in groups)
        {
            var bands = group.Flows.Count * unit;
            var rowHeight = Math.Max(bands, RowMinHeight);
            rows.Add((group, y, rowHeight, y + ((rowHeight - bands) / 2)));
            y += rowHeight + RowGap;
        }

        var rightHeight = y - RowGap - Top;
        var leftBands = total * unit;
        var leftHeight = Math.Max(leftBands, 110);
        var leftY = Top + ((rightHeight - leftHeight) / 2);
        var height = Top + Math.Max(rightHeight, leftHeight) + 16;
        var jurisdiction = string.Join(", ", inventory.Jurisdictions);

        var svg = new StringBuilder();
        svg.Append("<svg id=\"flow-diagram\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(height))
            .Append("\" role=\"img\" aria-labelledby=\"flow-diagram-title\" data-elements=\"").Append(ElementCount(inventory)).Append("\">\n");
        svg.Append("<title id=\"flow-diagram-title\">Egress sites of ").Append(E(inventory.Name)).Append(" by destination country and verdict</title>\n");
        svg.Append("<text class=\"column\" x=\"").Append(N(LeftX)).Append("\" y=\"20\">THIS APPLICATION</text>\n");
        svg.Append("<text class=\"column\" x=\"").Append(N(NodeX)).Append("\" y=\"20\">WHERE THE DATA GOES</text>\n");

        // Bands first, so the nodes and labels sit on top of them.
        var leftCursor = leftY + ((leftHeight - leftBands) / 2);
        var bandStart = LeftX + LeftWidth;
        var middle = (bandStart + NodeX) / 2;
        foreach (var (group, _, _, bandsTop) in rows)
        {
            var rightCursor = bandsTop;
            foreach (var (verdict, personal, count) in group.Bands)
            {
                var thickness = count * unit;
                svg.Append("<path class=\"band v-").Append(E(verdict)).Append(personal ? " personal" : "").Append("\" data-country=\"").Append(E(group.Country)).Append("\" data-verdict=\"").Append(E(verdict))
                    .Append("\" d=\"M").Append(N(bandStart)).Append(',').Append(N(leftCursor))
                    .Append(" C").Append(N(middle)).Append(',').Append(N(leftCursor)).Append(' ').Append(N(middle)).Append(',').Append(N(rightCursor)).Append(' ').Append(N(NodeX)).Append(',').Append(N(rightCursor))
                    .Append(" L").Append(N(NodeX)).Append(',').Append(N(rightCursor + thickness))
                    .Append(" C").Append(N(middle)).Append(',').Append(N(rightCursor + thickness)).Append(' ').Append(N(middle)).Append(',').Append(N(leftCursor + thickness)).Append(' ').Append(N(bandStart)).Append(',').Append(N(leftCursor + thickness))
                    .Append(" Z\"><title>").Append(E(ReportText.Plural(count, "egress site"))).Append(" to ").Append(E(group.Label)).Append(": ")
                    .Append(E(Verdicts.Describe(verdict))).Append(personal ? ", with personal data" : ", no personal data").Append("</title></path>\n");
                leftCursor += thickness;
                rightCursor += thickness;
            }
        }

        // This application.
        svg.Append("<g class=\"app\"><rect class=\"node app-node\" x=\"").Append(N(LeftX)).Append("\" y=\"").Append(N(leftY)).Append("\" width=\"").Append(N(LeftWidth))
            .Append("\" height=\"").Append(N(leftHeight)).Append("\" rx=\"8\"><title>").Append(E(inventory.Name)).Append("</title></rect>\n");
        var appCenter = leftY + (leftHeight / 2);
        svg.Append("<text class=\"app-name\" x=\"").Append(N(LeftX + 16)).Append("\" y=\"").Append(N(appCenter - 12)).Append("\">").Append(E(Truncate(inventory.Name, 22))).Append("</text>\n");
        svg.Append("<text class=\"app-detail\" x=\"").Append(N(LeftX + 16)).Append("\" y=\"").Append(N(appCenter + 10)).Append("\">").Append(E(ReportText.Plural(total, "egress site"))).Append("</text>\n");
        svg.Append("<text class=\"app-detail\" x=\"").Append(N(LeftX + 16)).Append("\" y=\"").Append(N(appCenter + 28)).Append("\">")
            .Append(E(jurisdiction.Length > 0 ? "jurisdiction " + jurisdiction : "no policy")).Append("</text></g>\n");

        // Countries.
        foreach (var (group, rowY, rowHeight, bandsTop) in rows)
        {
            svg.Append("<g class=\"country\" data-country=\"").Append(E(group.Country)).Append("\" tabindex=\"0\">");
            var segment = bandsTop;
            foreach (var verdict in group.VerdictsPresent)
            {
                var thickness = group.Count(verdict) * unit;
                svg.Append("<rect class=\"node v-").Append(E(verdict)).Append("\" x=\"").Append(N(NodeX)).Append("\" y=\"").Append(N(segment)).Append("\" width=\"").Append(N(NodeWidth))
                    .Append("\" height=\"").Append(N(thickness)).Append("\"/>");
                segment += thickness;
            }

            var center = rowY + (rowHeight / 2) - 8;
            svg.Append("\n<text class=\"country-name\" x=\"").Append(N(LabelX)).Append("\" y=\"").Append(N(center - 12)).Append("\">")
                .Append(E(Truncate(group.Label, 44)));
            if (group.Inside)
            {
                svg.Append("<tspan class=\"inside\"> \u2713 inside ").Append(E(jurisdiction)).Append("</tspan>");
            }

            svg.Append("</text>\n<text class=\"country-detail\" x=\"").Append(N(LabelX)).Append("\" y=\"").Append(N(center + 7)).Append("\">")
                .Append(E(ReportText.Plural(group.Flows.Count, "site"))).Append(':');
            var first = true;
            foreach (var verdict in group.VerdictsPresent)
            {
                svg.Append(first ? " " : ", ").Append("<tspan class=\"t-").Append(E(verdict)).Append("\">").Append(group.Count(verdict)).Append(' ').Append(E(Verdicts.Describe(verdict))).Append("</tspan>");
                first = false;
            }

            var categories = group.Flows.SelectMany(f => f.PersonalData).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
            svg.Append("</text>\n<text class=\"country-data\" x=\"").Append(N(LabelX)).Append("\" y=\"").Append(N(center + 25)).Append("\">")
                .Append(E(categories.Count == 0 ? "no personal data" : Truncate("personal data: " + string.Join(", ", categories), 52)));
            if (group.Flows.Any(f => f.PersonalData.Any(c => ReportText.IsSensitive(f, c))))
            {
                svg.Append("<tspan class=\"sensitive\"> \u25B2 sensitive</tspan>");
            }

            var destinations = group.Flows.Select(f => f.Destination).Distinct().OrderBy(d => d, StringComparer.Ordinal).ToList();
            svg.Append("</text>\n<text class=\"country-via\" x=\"").Append(N(LabelX)).Append("\" y=\"").Append(N(center + 42)).Append("\">")
                .Append(E(Via(destinations))).Append("</text>\n<title>").Append(E(ReportText.IsMultiCountry(group.Country) ? group.Label + " (" + ReportText.CountryList(group.Country) + ")" : group.Label)).Append(": ").Append(E(string.Join(", ", destinations)))
                .Append(". Click to list these sites.</title></g>\n");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>"to api.crm.com, aws:us-east-1 +2 more", within the label's width.</summary>
    private static string Via(IReadOnlyList<string> destinations)
    {
        var text = "to ";
        for (var i = 0; i < destinations.Count; i++)
        {
            var more = destinations.Count - i - 1;
            var next = (i == 0 ? "" : ", ") + destinations[i];
            if (i > 0 && text.Length + next.Length + (more > 0 ? 9 : 0) > 46)
            {
                return text + " +" + (destinations.Count - i) + " more";
            }

            text += next;
        }

        return Truncate(text, 50);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "\u2026";

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
