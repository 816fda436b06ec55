namespace LocalizationAnalyzers.Benchmark.Corpus;

/// <summary>One generated source file, before it is given usings and a namespace declaration.</summary>
internal sealed record GeneratedFile(string Path, string Namespace, IReadOnlyList<string> Usings, string Body, int EgressSites);

internal static class ClassText
{
    /// <summary>A class from its header (declaration line, brace, fields, constructor) and its members.</summary>
    public static string Assemble(string header, IEnumerable<string> members)
    {
        var text = new System.Text.StringBuilder(header.TrimEnd());
        text.Append('\n');
        foreach (var member in members)
        {
            text.Append('\n').Append(Indent(member, 4)).Append('\n');
        }

        return text.Append("}\n").ToString();
    }

    public static string Indent(string text, int spaces)
    {
        var pad = new string(' ', spaces);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return string.Join('\n', lines.Select(l => l.Length == 0 ? l : pad + l));
    }
}

/// <summary>
/// Writes one module of a business application: models with personal data, a repository, a sender
/// (gateway or outbox), a service, command handlers, reports and a validator. Each file refers only
/// to files written before it, so any prefix of the sequence compiles.
/// </summary>
internal sealed class ModuleWriter
{
    private static readonly string[] CommonUsings =
    [
        "System", "System.Collections.Generic", "System.Globalization", "System.Linq", "System.Text",
        "System.Threading", "System.Threading.Tasks",
    ];

    private static readonly string[] ModelUsings = [.. CommonUsings, "System.ComponentModel.DataAnnotations", "Northwind.Compliance"];

    private static readonly string[] EgressUsings =
    [
        .. CommonUsings, "System.Net.Http", "System.Net.Http.Json", "System.Text.Json", "Amazon", "Amazon.DynamoDBv2",
        "Amazon.DynamoDBv2.Model", "Amazon.S3", "Amazon.S3.Model", "Amazon.SQS",
    ];

    private readonly Random _rng;
    private readonly bool _egress;
    private readonly SendingTemplates _sending;

    public ModuleWriter(int seed, bool egress)
    {
        _rng = new Random(seed);
        _egress = egress;
        _sending = new SendingTemplates(_rng, egress);
    }

    /// <summary>The shared attribute every module marks personal data with, then modules without end.</summary>
    public IEnumerable<GeneratedFile> Files()
    {
        yield return new GeneratedFile(
            "Compliance/PersonalDataAttribute.cs",
            "Northwind.Compliance",
            ["System"],
            """
            /// <summary>Marks a member, parameter or type that holds personal information.</summary>
            [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class)]
            public sealed class PersonalDataAttribute : Attribute
            {
                public string? Category { get; set; }
            }

            """,
            0);

        for (var index = 1; ; index++)
        {
            var module = new ModuleNames(
                Vocabulary.Areas[_rng.Next(Vocabulary.Areas.Length)],
                index,
                Vocabulary.People[_rng.Next(Vocabulary.People.Length)],
                Vocabulary.Records[_rng.Next(Vocabulary.Records.Length)]);
            var folder = $"{module.Area}/Unit{index:D3}/";
            var sendingUsings = _egress ? EgressUsings : CommonUsings;

            yield return File(folder + "Models.cs", module, ModelUsings, () => Models(module));
            yield return File(folder + $"{module.P}Repository.cs", module, CommonUsings, () => Repository(module));
            yield return File(folder + $"{module.Area}{(_egress ? "Gateway" : "Outbox")}.cs", module, sendingUsings, () => _sending.SenderClass(module));
            yield return File(folder + $"{module.Area}Service.cs", module, sendingUsings, () => Service(module));
            yield return File(folder + $"{module.B}Handlers.cs", module, sendingUsings, () => Handlers(module));
            yield return File(folder + $"{module.B}Reports.cs", module, CommonUsings, () => Plain(module, $"{module.B}Reports", _rng.Next(7, 14)));
            yield return File(folder + $"{module.P}Validator.cs", module, CommonUsings, () => Plain(module, $"{module.P}Validator", _rng.Next(5, 10)));
        }
    }

    private GeneratedFile File(string path, ModuleNames module, IReadOnlyList<string> usings, Func<string> body)
    {
        var before = _sending.EgressSites;
        var text = body();
        return new GeneratedFile(path, module.Namespace, usings, text, _sending.EgressSites - before);
    }

    private string Models(ModuleNames m)
    {
        string Attribute(string attribute, int percent) => _rng.Next(100) < percent ? $"[{attribute}]\n" : "";
        var extras = new List<string>();
        if (_rng.Next(2) == 0)
        {
            extras.Add("public string PreferredLanguage { get; set; } = \"zh-CN\";");
        }

        if (_rng.Next(2) == 0)
        {
            extras.Add("public decimal CreditLimit { get; set; }");
        }

        if (_rng.Next(3) == 0)
        {
            extras.Add(Attribute("PersonalData(Category = \"financial\")", 70) + "public string? BankAccount { get; set; }");
        }

        if (_rng.Next(3) == 0)
        {
            extras.Add(Attribute("PersonalData(Category = \"government_id\")", 50) + "public string? PassportNumber { get; set; }");
        }

        if (_rng.Next(3) == 0)
        {
            extras.Add("public Guid? ReferredBy { get; set; }");
        }

        var extraText = string.Concat(extras.Select(e => "\n" + ClassText.Indent(e, 4) + "\n"));
        var categories = string.Join(", ", Vocabulary.Categories.OrderBy(_ => _rng.Next()).Take(3).Select(c => $"\"{c}\""));
        return $$"""
            {{Attribute("PersonalData", 25)}}public sealed class {{m.P}}
            {
                public Guid Id { get; set; }

            {{ClassText.Indent(Attribute("PersonalData(Category = \"name\")", 60) + "public string FullName { get; set; } = string.Empty;", 4)}}

            {{ClassText.Indent(Attribute("EmailAddress", 60) + "public string Email { get; set; } = string.Empty;", 4)}}

            {{ClassText.Indent(Attribute("Phone", 50) + "public string Phone { get; set; } = string.Empty;", 4)}}

            {{ClassText.Indent(Attribute("PersonalData(Category = \"government_id\")", 60) + "public string IdCardNumber { get; set; } = string.Empty;", 4)}}

                public DateTime DateOfBirth { get; set; }

                public {{m.P}}Address Address { get; set; } = new();

                public List<string> Tags { get; } = new();

                public DateTime CreatedAt { get; set; }

                public int LoyaltyPoints { get; set; }

                public bool IsActive { get; set; } = true;

                public string Segment { get; set; } = "standard";
            {{extraText}}
                public override string ToString() => $"{FullName} <{Email}>";
            }

            public sealed class {{m.P}}Address
            {
                public string Street { get; set; } = string.Empty;

                public string City { get; set; } = string.Empty;

                public string PostalCode { get; set; } = string.Empty;

                public string CountryCode { get; set; } = "CN";

                public override string ToString() => $"{Street}, {City} {PostalCode}, {CountryCode}";
            }

            public sealed record {{m.P}}Summary(Guid Id, string DisplayName, int Count, decimal Total);

            public enum {{m.B}}Status
            {
                Draft,
                Submitted,
                Approved,
                Shipped,
                Completed,
                Cancelled,
            }

            public sealed class {{m.B}}
            {
                public static readonly IReadOnlyList<string> KnownCategories = new[] { {{categories}} };

                public Guid Id { get; set; }

                public Guid {{m.P}}Id { get; set; }

                public string Reference { get; set; } = string.Empty;

                public {{m.B}}Status Status { get; set; }

                public DateTime CreatedAt { get; set; }

                public DateTime? CompletedAt { get; set; }

                public string Currency { get; set; } = "CNY";

                public List<{{m.B}}Line> Lines { get; } = new();

                public string? Notes { get; set; }

                public decimal Total => Lines.Sum(l => l.Quantity * l.UnitPrice - l.Discount);
            }

            public sealed class {{m.B}}Line
            {
                public string Sku { get; set; } = string.Empty;

                public int Quantity { get; set; }

                public decimal UnitPrice { get; set; }

                public decimal Discount { get; set; }

                public string Category { get; set; } = "{{Vocabulary.Categories[_rng.Next(Vocabulary.Categories.Length)]}}";
            }

            public sealed record Create{{m.B}}Command(Guid {{m.P}}Id, IReadOnlyList<{{m.B}}Line> Lines, string Currency);

            public sealed record {{m.B}}Created(Guid Id, string Reference, decimal Total);

            """;
    }

    private string Repository(ModuleNames m)
    {
        var s = new ClassScope(m, ownsData: true);
        foreach (var taken in new[] { m.Ps, m.Bs, "Find", "FindByEmail", "Add", m.Bs + "For" })
        {
            s.Reserve(taken);
        }

        var header = $$"""
            public sealed class {{m.P}}Repository
            {
                public List<{{m.P}}> {{m.Ps}} { get; } = new();

                public List<{{m.B}}> {{m.Bs}} { get; } = new();

                public {{m.P}}? Find(Guid id) => {{m.Ps}}.FirstOrDefault(x => x.Id == id);

                public {{m.P}}? FindByEmail(string email) =>
                    {{m.Ps}}.FirstOrDefault(x => string.Equals(x.Email, email, StringComparison.OrdinalIgnoreCase));

                public IEnumerable<{{m.B}}> {{m.Bs}}For(Guid {{m.p}}Id) => {{m.Bs}}.Where(x => x.{{m.P}}Id == {{m.p}}Id);

                public void Add({{m.P}} {{m.p}})
                {
                    ArgumentNullException.ThrowIfNull({{m.p}});
                    if ({{m.Ps}}.Any(x => x.Id == {{m.p}}.Id))
                    {
                        throw new InvalidOperationException($"Duplicate id {{{m.p}}.Id}.");
                    }

                    {{m.Ps}}.Add({{m.p}});
                }
            """;
        var members = Enumerable.Range(0, _rng.Next(5, 10)).Select(_ => BusinessTemplates.Any(s, _rng)).ToList();
        return ClassText.Assemble(header, members);
    }

    private string Service(ModuleNames m)
    {
        var s = new ClassScope(m, ownsData: false);
        var name = m.Area + "Service";
        string header;
        if (_egress)
        {
            var archive = "";
            if (_rng.Next(2) == 0)
            {
                archive = $"\n    public static IAmazonS3 Archive {{ get; }} = new AmazonS3Client(RegionEndpoint.{Vocabulary.RegionMembers[_rng.Next(Vocabulary.RegionMembers.Length)]});\n";
                _sending.CountEgress();
            }

            header = $$"""
                public sealed class {{name}}
                {{{archive}}
                    private readonly {{m.P}}Repository _repository;
                    private readonly {{m.Sender}} _sender;
                    private readonly HttpClient _http;
                    private readonly IAmazonS3 _s3;
                    private readonly IAmazonSQS _sqs;
                    private readonly IAmazonDynamoDB _dynamo;

                    public {{name}}({{m.P}}Repository repository, {{m.Sender}} sender, HttpClient http, IAmazonS3 s3, IAmazonSQS sqs, IAmazonDynamoDB dynamo)
                    {
                        _repository = repository;
                        _sender = sender;
                        _http = http;
                        _s3 = s3;
                        _sqs = sqs;
                        _dynamo = dynamo;
                    }

                    public int Pending => _repository.{{m.Bs}}.Count(x => x.Status == {{m.B}}Status.Submitted);
                """;
        }
        else
        {
            header = $$"""
                public sealed class {{name}}
                {
                    private readonly {{m.P}}Repository _repository;
                    private readonly {{m.Sender}} _sender;
                    private readonly TimeProvider _clock;
                    private readonly Dictionary<Guid, int> _attempts = new();

                    public {{name}}({{m.P}}Repository repository, {{m.Sender}} sender, TimeProvider clock)
                    {
                        _repository = repository;
                        _sender = sender;
                        _clock = clock;
                    }

                    public DateTime Now => _clock.GetUtcNow().UtcDateTime;

                    public int Pending => _repository.{{m.Bs}}.Count(x => x.Status == {{m.B}}Status.Submitted) + _attempts.Count;
                """;
        }

        s.Reserve("Pending");
        s.Reserve("Now");
        var members = Enumerable.Range(0, _rng.Next(12, 21))
            .Select(_ => _rng.Next(100) < 45 ? _sending.Method(s, hasClients: true) : BusinessTemplates.Any(s, _rng))
            .ToList();
        return ClassText.Assemble(header, members);
    }

    private string Handlers(ModuleNames m)
    {
        var s = new ClassScope(m, ownsData: false);
        var name = m.B + "Handlers";
        var header = _egress
            ? $$"""
                public sealed class {{name}}
                {
                    private readonly {{m.P}}Repository _repository;
                    private readonly {{m.Sender}} _sender;
                    private readonly HttpClient _http;

                    public {{name}}({{m.P}}Repository repository, {{m.Sender}} sender, HttpClient http)
                    {
                        _repository = repository;
                        _sender = sender;
                        _http = http;
                    }
                """
            : $$"""
                public sealed class {{name}}
                {
                    private readonly {{m.P}}Repository _repository;
                    private readonly {{m.Sender}} _sender;

                    public {{name}}({{m.P}}Repository repository, {{m.Sender}} sender)
                    {
                        _repository = repository;
                        _sender = sender;
                    }
                """;
        var members = new List<string> { _sending.CreateHandler(s) };
        members.AddRange(Enumerable.Range(0, _rng.Next(6, 13))
            .Select(_ => _rng.Next(100) < 35 ? _sending.Method(s, hasClients: false) : BusinessTemplates.Any(s, _rng)));
        return ClassText.Assemble(header, members);
    }

    private string Plain(ModuleNames m, string name, int methods)
    {
        var s = new ClassScope(m, ownsData: false);
        var header = $$"""
            public sealed class {{name}}
            {
                private readonly {{m.P}}Repository _repository;

                public {{name}}({{m.P}}Repository repository)
                {
                    _repository = repository;
                }

                public int Count => _repository.{{m.Ps}}.Count;
            """;
        s.Reserve("Count");
        var members = Enumerable.Range(0, methods).Select(_ => BusinessTemplates.Any(s, _rng)).ToList();
        return ClassText.Assemble(header, members);
    }
}
