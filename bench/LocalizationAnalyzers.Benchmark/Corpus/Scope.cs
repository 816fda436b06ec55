namespace LocalizationAnalyzers.Benchmark.Corpus;

/// <summary>The names one generated module (one namespace, about seven files) is written with.</summary>
internal sealed class ModuleNames
{
    public ModuleNames(string area, int index, string person, string record)
    {
        Area = area;
        Namespace = $"Northwind.{area}.Unit{index:D3}";
        P = person;
        p = Camel(person);
        Ps = person + "s";
        B = record;
        b = Camel(record);
        Bs = record + "s";
    }

    public string Area { get; }

    public string Namespace { get; }

    /// <summary>The person type (Customer), its variable (customer) and its collection (Customers).</summary>
    public string P { get; }

#pragma warning disable IDE1006 // lower-case names read like the variables they produce
    public string p { get; }

    public string b { get; }
#pragma warning restore IDE1006

    public string Ps { get; }

    /// <summary>The business record type (Order), its variable (order) and its collection (Orders).</summary>
    public string B { get; }

    public string Bs { get; }

    /// <summary>The gateway (egress corpus) or outbox (no-egress corpus) class that holds the sending helpers.</summary>
    public string Sender { get; set; } = "";

    /// <summary>Helpers of <see cref="Sender"/> taking (object payload, CancellationToken).</summary>
    public List<string> ObjectHelpers { get; } = [];

    /// <summary>Helpers of <see cref="Sender"/> taking (string body, CancellationToken).</summary>
    public List<string> StringHelpers { get; } = [];

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>One class being written: its module, how it reaches the data, and the member names taken.</summary>
internal sealed class ClassScope
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public ClassScope(ModuleNames module, bool ownsData)
    {
        M = module;
        PsRef = ownsData ? module.Ps : "_repository." + module.Ps;
        BsRef = ownsData ? module.Bs : "_repository." + module.Bs;
    }

    public ModuleNames M { get; }

    /// <summary>The expression for the list of people / records as seen from this class.</summary>
    public string PsRef { get; }

    public string BsRef { get; }

    public void Reserve(string name) => _names.Add(name);

    /// <summary>A member name not yet used in this class: the base name, or the base name with a number.</summary>
    public string Unique(string baseName)
    {
        if (_names.Add(baseName))
        {
            return baseName;
        }

        for (var i = 2; ; i++)
        {
            var candidate = baseName.EndsWith("Async", StringComparison.Ordinal)
                ? baseName[..^5] + i + "Async"
                : baseName + i;
            if (_names.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
