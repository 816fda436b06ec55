namespace LocalizationAnalyzers.Benchmark.Corpus;

/// <summary>
/// Ordinary business methods, the bulk of every corpus: loops, LINQ, string handling, pattern matching,
/// dates and decimals over the module's people and records. None of them sends anything anywhere.
/// </summary>
internal static class BusinessTemplates
{
    private delegate string Template(ClassScope s, Random rng);

    private static readonly Template[] All =
    [
        TotalsByCategory, TopSummaries, NormalizeCode, Tier, BusinessDays, CsvExport, Validate, ParseAmount,
        IndexByDomain, Retry, Transition, Statistics, Batch, Merge, MonthlyTrend, Mask, Age, Page, Discount,
        ProcessSubmitted, Describe, Overdue,
    ];

    public static string Any(ClassScope s, Random rng) => All[rng.Next(All.Length)](s, rng);

    private static string Pick(Random rng, params string[] options) => options[rng.Next(options.Length)];

    private static string TotalsByCategory(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "TotalsByCategory", "RevenueByCategory", "SpendByCategory"));
        var floor = rng.Next(0, 50);
        return $$"""
            public Dictionary<string, decimal> {{name}}(DateTime from, DateTime to)
            {
                var result = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
                foreach (var {{s.M.b}} in {{s.BsRef}})
                {
                    if ({{s.M.b}}.CreatedAt < from || {{s.M.b}}.CreatedAt >= to || {{s.M.b}}.Status == {{s.M.B}}Status.Cancelled)
                    {
                        continue;
                    }

                    foreach (var line in {{s.M.b}}.Lines)
                    {
                        var amount = line.Quantity * line.UnitPrice - line.Discount;
                        if (amount <= {{floor}}m)
                        {
                            continue;
                        }

                        result[line.Category] = result.TryGetValue(line.Category, out var current) ? current + amount : amount;
                    }
                }

                return result;
            }
            """;
    }

    private static string TopSummaries(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "TopSpenders", "BestCustomers", "LargestAccounts"));
        var threshold = rng.Next(100, 5000);
        return $$"""
            public IReadOnlyList<{{s.M.P}}Summary> {{name}}(int take)
            {
                return {{s.BsRef}}
                    .Where(x => x.Status != {{s.M.B}}Status.Cancelled)
                    .GroupBy(x => x.{{s.M.P}}Id)
                    .Select(g => new { Id = g.Key, Total = g.Sum(x => x.Total), Count = g.Count() })
                    .Where(x => x.Total > {{threshold}}m)
                    .OrderByDescending(x => x.Total)
                    .ThenBy(x => x.Id)
                    .Take(take)
                    .Join({{s.PsRef}}, x => x.Id, p => p.Id, (x, p) => new {{s.M.P}}Summary(p.Id, p.FullName.Trim(), x.Count, x.Total))
                    .ToList();
            }
            """;
    }

    private static string NormalizeCode(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "NormalizeCode", "ToSlug", "CleanReference"));
        var max = rng.Next(12, 64);
        return $$"""
            public static string {{name}}(string? input)
            {
                if (string.IsNullOrWhiteSpace(input))
                {
                    return string.Empty;
                }

                var builder = new StringBuilder(input.Length);
                foreach (var ch in input)
                {
                    if (char.IsLetterOrDigit(ch))
                    {
                        builder.Append(char.ToUpperInvariant(ch));
                    }
                    else if (ch is '-' or '_' or ' ')
                    {
                        builder.Append('-');
                    }
                }

                var text = builder.ToString().Trim('-');
                return text.Length > {{max}} ? text[..{{max}}] : text;
            }
            """;
    }

    private static string Tier(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "TierOf", "LoyaltyTier", "ServiceLevel"));
        var a = rng.Next(5000, 20000);
        var b = rng.Next(1000, 5000);
        var c = rng.Next(100, 1000);
        return $$"""
            public string {{name}}({{s.M.P}} {{s.M.p}})
            {
                var years = (DateTime.UtcNow - {{s.M.p}}.CreatedAt).TotalDays / 365.25;
                return ({{s.M.p}}.LoyaltyPoints, years) switch
                {
                    ( >= {{a}}, _) => "platinum",
                    ( >= {{b}}, >= 2) => "gold",
                    ( >= {{c}}, _) => "silver",
                    _ when {{s.M.p}}.Tags.Contains("vip") => "silver",
                    _ => "standard",
                };
            }
            """;
    }

    private static string BusinessDays(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "BusinessDaysBetween", "WorkingDays", "CountWeekdays"));
        return $$"""
            public static int {{name}}(DateTime start, DateTime end)
            {
                if (end < start)
                {
                    (start, end) = (end, start);
                }

                var days = 0;
                for (var day = start.Date; day < end.Date; day = day.AddDays(1))
                {
                    if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                    {
                        continue;
                    }

                    if (day.Month == {{rng.Next(1, 13)}} && day.Day == {{rng.Next(1, 29)}})
                    {
                        continue;
                    }

                    days++;
                }

                return days;
            }
            """;
    }

    private static string CsvExport(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "ToCsv", "ExportLines", "BuildStatement"));
        return $$"""
            public string {{name}}(IEnumerable<{{s.M.B}}> items)
            {
                var builder = new StringBuilder();
                builder.AppendLine("reference,status,created,total,currency");
                foreach (var item in items.OrderBy(i => i.CreatedAt))
                {
                    builder.Append(item.Reference).Append(',')
                        .Append(item.Status.ToString().ToLowerInvariant()).Append(',')
                        .Append(item.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                        .Append(item.Total.ToString("F2", CultureInfo.InvariantCulture)).Append(',')
                        .AppendLine(item.Currency);
                }

                return builder.ToString();
            }
            """;
    }

    private static string Validate(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "Validate", "CheckProfile", "FindProblems"));
        var digits = rng.Next(7, 12);
        var minAge = Pick(rng, "16", "18", "21");
        return $$"""
            public IReadOnlyList<string> {{name}}({{s.M.P}} {{s.M.p}})
            {
                var errors = new List<string>();
                if (string.IsNullOrWhiteSpace({{s.M.p}}.FullName))
                {
                    errors.Add("name is required");
                }

                if (!{{s.M.p}}.Email.Contains('@', StringComparison.Ordinal))
                {
                    errors.Add("email is invalid");
                }

                if ({{s.M.p}}.Phone.Count(char.IsDigit) < {{digits}})
                {
                    errors.Add("phone is too short");
                }

                if ({{s.M.p}}.IdCardNumber.Length is not (15 or 18))
                {
                    errors.Add("id card number has a wrong length");
                }

                var age = DateTime.Today.Year - {{s.M.p}}.DateOfBirth.Year;
                if ({{s.M.p}}.DateOfBirth.Date > DateTime.Today.AddYears(-age))
                {
                    age--;
                }

                if (age < {{minAge}})
                {
                    errors.Add("must be at least {{minAge}} years old");
                }

                return errors;
            }
            """;
    }

    private static string ParseAmount(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "ToAmount", "ParseAmount", "ReadDecimal"));
        return $$"""
            public static decimal {{name}}(object? value) => value switch
            {
                null => 0m,
                int i => i,
                long l => l,
                decimal d => d,
                double f when !double.IsNaN(f) => (decimal)f,
                string text when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
                _ => throw new FormatException($"Not an amount: {value}"),
            };
            """;
    }

    private static string IndexByDomain(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "IndexByDomain", "GroupByMailDomain", "DomainIndex"));
        return $$"""
            public Dictionary<string, List<{{s.M.P}}>> {{name}}()
            {
                var index = new Dictionary<string, List<{{s.M.P}}>>(StringComparer.OrdinalIgnoreCase);
                foreach (var {{s.M.p}} in {{s.PsRef}})
                {
                    var at = {{s.M.p}}.Email.IndexOf('@', StringComparison.Ordinal);
                    var domain = at < 0 ? "unknown" : {{s.M.p}}.Email[(at + 1)..];
                    if (!index.TryGetValue(domain, out var list))
                    {
                        list = new List<{{s.M.P}}>();
                        index.Add(domain, list);
                    }

                    list.Add({{s.M.p}});
                }

                return index;
            }
            """;
    }

    private static string Retry(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "WithRetryAsync", "RetryAsync", "ExecuteAsync"));
        return $$"""
            public static async Task<T> {{name}}<T>(Func<CancellationToken, Task<T>> action, CancellationToken ct)
            {
                var delay = TimeSpan.FromMilliseconds({{rng.Next(20, 500)}});
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        return await action(ct).ConfigureAwait(false);
                    }
                    catch (InvalidOperationException) when (attempt < {{rng.Next(2, 6)}})
                    {
                        await Task.Delay(delay, ct).ConfigureAwait(false);
                        delay += delay;
                    }
                }
            }
            """;
    }

    private static string Transition(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "MoveTo", "Advance", "ChangeStatus"));
        var B = s.M.B;
        var b = s.M.b;
        return $$"""
            public void {{name}}({{B}} {{b}}, {{B}}Status next)
            {
                switch ({{b}}.Status, next)
                {
                    case ({{B}}Status.Draft, {{B}}Status.Submitted):
                    case ({{B}}Status.Submitted, {{B}}Status.Approved):
                    case ({{B}}Status.Approved, {{B}}Status.Shipped):
                        {{b}}.Status = next;
                        break;
                    case ({{B}}Status.Shipped, {{B}}Status.Completed):
                        {{b}}.Status = next;
                        {{b}}.CompletedAt = DateTime.UtcNow;
                        break;
                    case (_, {{B}}Status.Cancelled) when {{b}}.Status != {{B}}Status.Completed:
                        {{b}}.Status = next;
                        {{b}}.Notes = ({{b}}.Notes ?? string.Empty) + " cancelled";
                        break;
                    default:
                        throw new InvalidOperationException($"Cannot move {{b}} {{{b}}.Reference} from {{{b}}.Status} to {next}.");
                }
            }
            """;
    }

    private static string Statistics(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "Statistics", "TotalsRange", "Summarize"));
        return $$"""
            public (decimal Min, decimal Max, decimal Average) {{name}}()
            {
                var totals = {{s.BsRef}}.Where(IsCounted).Select(x => x.Total).ToArray();
                if (totals.Length == 0)
                {
                    return (0m, 0m, 0m);
                }

                return (totals.Min(), totals.Max(), Math.Round(totals.Average(), {{rng.Next(0, 4)}}));

                static bool IsCounted({{s.M.B}} item) => item.Status is not ({{s.M.B}}Status.Draft or {{s.M.B}}Status.Cancelled);
            }
            """;
    }

    private static string Batch(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "Batch", "Chunk", "InGroups"));
        return $$"""
            public static IEnumerable<IReadOnlyList<T>> {{name}}<T>(IEnumerable<T> source, int size)
            {
                ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
                var batch = new List<T>(size);
                foreach (var item in source)
                {
                    batch.Add(item);
                    if (batch.Count == size)
                    {
                        yield return batch;
                        batch = new List<T>(size);
                    }
                }

                if (batch.Count > 0)
                {
                    yield return batch;
                }
            }
            """;
    }

    private static string Merge(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "Merge", "Combine", "Deduplicate"));
        return $$"""
            public {{s.M.P}} {{name}}({{s.M.P}} primary, {{s.M.P}} duplicate)
            {
                primary.FullName = string.IsNullOrWhiteSpace(primary.FullName) ? duplicate.FullName : primary.FullName;
                primary.Phone = primary.Phone.Length >= duplicate.Phone.Length ? primary.Phone : duplicate.Phone;
                primary.LoyaltyPoints += duplicate.LoyaltyPoints;
                foreach (var tag in duplicate.Tags.Except(primary.Tags, StringComparer.OrdinalIgnoreCase).ToList())
                {
                    primary.Tags.Add(tag);
                }

                primary.CreatedAt = primary.CreatedAt <= duplicate.CreatedAt ? primary.CreatedAt : duplicate.CreatedAt;
                duplicate.IsActive = false;
                return primary;
            }
            """;
    }

    private static string MonthlyTrend(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "MonthlyTrend", "ByMonth", "MonthlyLines"));
        return $$"""
            public IEnumerable<string> {{name}}(int year)
            {
                return {{s.BsRef}}
                    .Where(x => x.CreatedAt.Year == year && x.Status != {{s.M.B}}Status.Draft)
                    .GroupBy(x => x.CreatedAt.Month)
                    .OrderBy(g => g.Key)
                    .Select(g => string.Format(CultureInfo.InvariantCulture, "{0:D2}: {1} items, {2:N2} {3}", g.Key, g.Count(), g.Sum(x => x.Total), g.First().Currency));
            }
            """;
    }

    private static string Mask(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "Mask", "Redact", "Obscure"));
        return $$"""
            public static string {{name}}(string value, int visible = {{rng.Next(2, 6)}})
            {
                if (value.Length <= visible)
                {
                    return new string('*', value.Length);
                }

                return new string('*', value.Length - visible) + value[^visible..];
            }
            """;
    }

    private static string Age(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "AgeOn", "AgeAt", "YearsSince"));
        return $$"""
            public static int {{name}}(DateTime dateOfBirth, DateTime today)
            {
                var age = today.Year - dateOfBirth.Year;
                if (dateOfBirth.Date > today.AddYears(-age))
                {
                    age--;
                }

                return Math.Max(age, 0);
            }
            """;
    }

    private static string Page(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "Search", "Page", "List"));
        return $$"""
            public IReadOnlyList<{{s.M.P}}> {{name}}(string? search, int page, int pageSize)
            {
                IEnumerable<{{s.M.P}}> query = {{s.PsRef}}.Where(x => x.IsActive);
                if (!string.IsNullOrWhiteSpace(search))
                {
                    var term = search.Trim();
                    query = query.Where(x => x.FullName.Contains(term, StringComparison.OrdinalIgnoreCase) || x.Segment.Equals(term, StringComparison.OrdinalIgnoreCase));
                }

                return query
                    .OrderBy(x => x.FullName, StringComparer.CurrentCultureIgnoreCase)
                    .Skip(Math.Max(page - 1, 0) * pageSize)
                    .Take(pageSize)
                    .ToList();
            }
            """;
    }

    private static string Discount(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "DiscountFor", "ComputeDiscount", "Rebate"));
        return $$"""
            public decimal {{name}}({{s.M.B}} {{s.M.b}}, string segment)
            {
                var subtotal = 0m;
                var discount = 0m;
                foreach (var line in {{s.M.b}}.Lines)
                {
                    var amount = line.Quantity * line.UnitPrice;
                    subtotal += amount;
                    if (line.Quantity >= {{rng.Next(3, 20)}})
                    {
                        discount += amount * 0.0{{rng.Next(1, 9)}}m;
                    }
                }

                discount += segment switch
                {
                    "gold" => subtotal * 0.05m,
                    "platinum" => subtotal * 0.08m,
                    _ => 0m,
                };

                return Math.Round(Math.Min(discount, subtotal * 0.{{rng.Next(1, 4)}}m), 2, MidpointRounding.AwayFromZero);
            }
            """;
    }

    private static string ProcessSubmitted(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "ApproveSubmittedAsync", "ProcessQueueAsync", "SettleAsync"));
        var B = s.M.B;
        var b = s.M.b;
        return $$"""
            public async Task<int> {{name}}(CancellationToken ct)
            {
                var processed = 0;
                foreach (var {{b}} in {{s.BsRef}}.Where(x => x.Status == {{B}}Status.Submitted).ToList())
                {
                    ct.ThrowIfCancellationRequested();
                    if ({{b}}.Lines.Count == 0)
                    {
                        {{b}}.Status = {{B}}Status.Cancelled;
                        continue;
                    }

                    await Task.Yield();
                    {{b}}.Status = {{b}}.Total > {{rng.Next(1000, 90000)}}m ? {{B}}Status.Submitted : {{B}}Status.Approved;
                    processed++;
                }

                return processed;
            }
            """;
    }

    private static string Describe(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "Describe", "ToDisplayText", "Headline"));
        return $$"""
            public string {{name}}({{s.M.B}} {{s.M.b}})
            {
                var lines = {{s.M.b}}.Lines.Count;
                var status = {{s.M.b}}.Status switch
                {
                    {{s.M.B}}Status.Draft => "draft",
                    {{s.M.B}}Status.Submitted or {{s.M.B}}Status.Approved => "in progress",
                    {{s.M.B}}Status.Shipped => "on its way",
                    {{s.M.B}}Status.Completed => $"done on {{{s.M.b}}.CompletedAt:yyyy-MM-dd}",
                    _ => "cancelled",
                };

                return $"{{{s.M.b}}.Reference}: {lines} line{(lines == 1 ? "" : "s")}, {{{s.M.b}}.Total.ToString("N2", CultureInfo.InvariantCulture)} {{{s.M.b}}.Currency}, {status}";
            }
            """;
    }

    private static string Overdue(ClassScope s, Random rng)
    {
        var name = s.Unique(Pick(rng, "Overdue", "Stale", "Lagging"));
        return $$"""
            public IEnumerable<{{s.M.B}}> {{name}}(DateTime now)
            {
                var limit = TimeSpan.FromDays({{rng.Next(3, 60)}});
                foreach (var item in {{s.BsRef}})
                {
                    if (item.CompletedAt is not null || item.Status == {{s.M.B}}Status.Cancelled)
                    {
                        continue;
                    }

                    if (now - item.CreatedAt > limit)
                    {
                        yield return item;
                    }
                }
            }
            """;
    }
}
