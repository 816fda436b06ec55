namespace LocalizationAnalyzers.Benchmark.Corpus;

/// <summary>
/// Methods that hand data on. In the egress corpus they are egress sites: AWS clients with regions, S3
/// PutObject, DynamoDB PutItem, SQS SendMessage, HttpClient PostAsJsonAsync / PostAsync / GetStringAsync,
/// and calls of helpers that send their parameter. In the no-egress corpus the same methods, with the
/// same shape and about the same length, queue the data in an in-memory outbox.
/// </summary>
internal sealed class SendingTemplates
{
    private readonly Random _rng;
    private readonly bool _egress;

    public SendingTemplates(Random rng, bool egress)
    {
        _rng = rng;
        _egress = egress;
    }

    /// <summary>Egress sites written so far (always 0 for the no-egress corpus).</summary>
    public int EgressSites { get; private set; }

    /// <summary>Counts an egress site written by the caller (a client created in a field initialiser).</summary>
    public void CountEgress() => EgressSites++;

    private string Pick(params string[] options) => options[_rng.Next(options.Length)];

    private string Host() => Pick(Vocabulary.Hosts);

    private string Path() => Pick(Vocabulary.Paths);

    private string RegionMember() => Pick(Vocabulary.RegionMembers);

    private string RegionName() => Pick(Vocabulary.RegionNames);

    private static string Nest(string text, int spaces) => text.Replace("\n", "\n" + new string(' ', spaces), StringComparison.Ordinal);

    private string Egress(string code)
    {
        EgressSites++;
        return code;
    }

    /// <summary>Statements (in an async method with <c>ct</c> in scope) that send the person <c>{p}</c>.</summary>
    private string SendPerson(ModuleNames m, bool hasClients)
    {
        var p = m.p;
        if (!_egress)
        {
            return _rng.Next(3) switch
            {
                0 when m.ObjectHelpers.Count > 0 => $"await _sender.{Pick([.. m.ObjectHelpers])}({p}, ct);",
                1 => $$"""
                    _sender.Enqueue("{{m.Area.ToLowerInvariant()}}.{{Pick(Vocabulary.Tags)}}", string.Join('|', {{p}}.Id.ToString("N"), {{p}}.Segment, {{p}}.LoyaltyPoints.ToString(CultureInfo.InvariantCulture)));
                    await Task.Yield();
                    """,
                _ => $$"""
                    var line = $"{{{p}}.Id:N};{{{p}}.Segment};{{{p}}.CreatedAt:O}";
                    _sender.Enqueue("{{m.Area.ToLowerInvariant()}}.changes", line);
                    await Task.Yield();
                    """,
            };
        }

        var choice = _rng.Next(hasClients ? 9 : 4);
        return choice switch
        {
            0 when m.ObjectHelpers.Count > 0 => Egress($"await _sender.{Pick([.. m.ObjectHelpers])}({p}, ct);"),
            1 when m.ObjectHelpers.Count > 0 => Egress($"await _sender.{Pick([.. m.ObjectHelpers])}(new {{ {p}.Email, {p}.Phone, {p}.DateOfBirth }}, ct);"),
            2 when m.StringHelpers.Count > 0 => Egress($"await _sender.{Pick([.. m.StringHelpers])}(JsonSerializer.Serialize({p}), ct);"),
            3 => Egress($$"""
                var json = JsonSerializer.Serialize({{p}});
                using var content = new StringContent(json, Encoding.UTF8, "application/json");
                using var response = await _http.PostAsync("https://{{Host()}}/{{Path()}}", content, ct);
                response.EnsureSuccessStatusCode();
                """),
            4 => Egress($$"""
                var profile = await _http.GetStringAsync($"https://{{Host()}}/{{Path()}}/{{{p}}.Id:N}", ct);
                {{p}}.Segment = profile.Length > {{_rng.Next(50, 500)}} ? "enriched" : {{p}}.Segment;
                """),
            5 => Egress($$"""
                await _s3.PutObjectAsync(new PutObjectRequest
                {
                    BucketName = "{{m.Area.ToLowerInvariant()}}-{{Pick("exports", "archive", "profiles", "backups")}}",
                    Key = $"{{m.Ps.ToLowerInvariant()}}/{{{p}}.Id:N}.json",
                    ContentBody = JsonSerializer.Serialize({{p}}),
                }, ct);
                """),
            6 => Egress($$"""
                await _dynamo.PutItemAsync(new PutItemRequest
                {
                    TableName = "{{m.Ps}}",
                    Item = new Dictionary<string, AttributeValue>
                    {
                        ["id"] = new AttributeValue { S = {{p}}.Id.ToString("N") },
                        ["email"] = new AttributeValue { S = {{p}}.Email },
                        ["phone"] = new AttributeValue { S = {{p}}.Phone },
                    },
                }, ct);
                """),
            7 => Egress(SqsSend(m, $"JsonSerializer.Serialize(new {{ {p}.Id, {p}.Email, {p}.IdCardNumber }})")),
            _ => Egress($$"""
                using (var response = await _http.PostAsJsonAsync("https://{{Host()}}/{{Path()}}", {{p}}, ct))
                {
                    response.EnsureSuccessStatusCode();
                }
                """),
        };
    }

    private string SqsSend(ModuleNames m, string body)
    {
        var region = RegionName();
        var suffix = region.StartsWith("cn-", StringComparison.Ordinal) ? ".cn" : "";
        return $"await _sqs.SendMessageAsync(\"https://sqs.{region}.amazonaws.com{suffix}/{_rng.Next(100000000, 999999999)}{_rng.Next(100, 999)}/{m.Area.ToLowerInvariant()}-{Pick(Vocabulary.Tags)}\", {body}, ct);";
    }

    /// <summary>A service or handler method that finds data and sends (or queues) it.</summary>
    public string Method(ClassScope s, bool hasClients)
    {
        var m = s.M;
        var send = SendPerson(m, hasClients);
        switch (_rng.Next(3))
        {
            case 0:
            {
                var tag = Pick(Vocabulary.Tags);
                var name = s.Unique(Pick("SyncActiveAsync", "ExportRecentAsync", "BroadcastAsync", "ReplicateAsync"));
                return $$"""
                    public async Task<int> {{name}}(DateTime since, CancellationToken ct)
                    {
                        var sent = 0;
                        foreach (var {{m.p}} in {{s.PsRef}}.Where(x => x.IsActive && x.CreatedAt >= since).ToList())
                        {
                            if ({{m.p}}.Tags.Contains("{{tag}}"))
                            {
                                continue;
                            }

                            {{Nest(send, 8)}}
                            {{m.p}}.Tags.Add("{{tag}}");
                            sent++;
                        }

                        return sent;
                    }
                    """;
            }

            case 1:
            {
                var name = s.Unique(Pick("SendProfileAsync", "RegisterAsync", "RewardAsync", "EnrollAsync"));
                return $$"""
                    public async Task {{name}}(Guid id, CancellationToken ct)
                    {
                        var {{m.p}} = _repository.Find(id);
                        if ({{m.p}} is null || !{{m.p}}.IsActive)
                        {
                            return;
                        }

                        {{m.p}}.LoyaltyPoints += {{_rng.Next(1, 500)}};
                        {{Nest(send, 4)}}
                    }
                    """;
            }

            default:
            {
                var name = s.Unique(Pick("ConfirmAsync", "CloseAsync", "NotifyOwnerAsync", "AcknowledgeAsync"));
                return $$"""
                    public async Task<bool> {{name}}(Guid {{m.b}}Id, CancellationToken ct)
                    {
                        var {{m.b}} = {{s.BsRef}}.FirstOrDefault(x => x.Id == {{m.b}}Id);
                        if ({{m.b}} is null || {{m.b}}.Status == {{m.B}}Status.Cancelled)
                        {
                            return false;
                        }

                        var {{m.p}} = _repository.Find({{m.b}}.{{m.P}}Id);
                        if ({{m.p}} is null)
                        {
                            return false;
                        }

                        {{Nest(send, 4)}}
                        return true;
                    }
                    """;
            }
        }
    }

    /// <summary>The creation handler: builds a record and announces it through the module's sender.</summary>
    public string CreateHandler(ClassScope s)
    {
        var m = s.M;
        var helper = Pick([.. m.ObjectHelpers]);
        var announce = _egress
            ? Egress($"await _sender.{helper}(new {{ {m.b}.Reference, {m.p}.Email, {m.p}.FullName, Total = {m.b}.Total }}, ct);")
            : $"await _sender.{helper}(new {{ {m.b}.Reference, Total = {m.b}.Total }}, ct);";
        s.Reserve("HandleAsync");
        return $$"""
            public async Task<{{m.B}}Created> HandleAsync(Create{{m.B}}Command command, CancellationToken ct)
            {
                var {{m.p}} = _repository.Find(command.{{m.P}}Id) ?? throw new InvalidOperationException("Unknown {{m.p}}.");
                var {{m.b}} = new {{m.B}}
                {
                    Id = Guid.NewGuid(),
                    {{m.P}}Id = {{m.p}}.Id,
                    Reference = $"{{m.B.ToUpperInvariant()[..3]}}-{DateTime.UtcNow:yyyyMMdd}-{{{s.BsRef}}.Count + 1:D5}",
                    Status = {{m.B}}Status.Submitted,
                    CreatedAt = DateTime.UtcNow,
                    Currency = command.Currency,
                };
                {{m.b}}.Lines.AddRange(command.Lines);
                {{s.BsRef}}.Add({{m.b}});
                {{announce}}
                return new {{m.B}}Created({{m.b}}.Id, {{m.b}}.Reference, {{m.b}}.Total);
            }
            """;
    }

    /// <summary>
    /// The module's sender class: in the egress corpus a gateway holding an HttpClient with a base
    /// address, an SQS client and client factories with regions, whose helpers send their parameter;
    /// in the no-egress corpus an in-memory outbox with helpers of the same names and signatures.
    /// </summary>
    public string SenderClass(ModuleNames m)
    {
        var s = new ClassScope(m, ownsData: false);
        var members = new List<string>();
        var helperCount = _rng.Next(3, 7);
        var names = Vocabulary.HelperNames.OrderBy(_ => _rng.Next()).Take(helperCount + 1).ToList();
        string header;
        if (_egress)
        {
            m.Sender = m.Area + "Gateway";
            var queueRegion = RegionName();
            var suffix = queueRegion.StartsWith("cn-", StringComparison.Ordinal) ? ".cn" : "";
            EgressSites += 2; // the base address and the SQS client's region
            header = $$"""
                public sealed class {{m.Sender}}
                {
                    private const string QueueRegion = "{{queueRegion}}";
                    private const string QueueUrl = "https://sqs.{{queueRegion}}.amazonaws.com{{suffix}}/{{_rng.Next(100000000, 999999999)}}/{{m.Area.ToLowerInvariant()}}-events";
                    private readonly HttpClient _http;
                    private readonly IAmazonSQS _queue;

                    public {{m.Sender}}(HttpClient http)
                    {
                        _http = http;
                        _http.BaseAddress = new Uri("https://{{Host()}}/");
                        _http.Timeout = TimeSpan.FromSeconds({{_rng.Next(5, 120)}});
                        _queue = new AmazonSQSClient(RegionEndpoint.GetBySystemName(QueueRegion));
                    }
                """;
            members.Add(Egress($"public static IAmazonS3 CreateStorage() => new AmazonS3Client(RegionEndpoint.{RegionMember()});"));
            members.Add(Egress($$"""
                public static IAmazonDynamoDB CreateTables() => new AmazonDynamoDBClient(new AmazonDynamoDBConfig
                {
                    RegionEndpoint = RegionEndpoint.{{RegionMember()}},
                    Timeout = TimeSpan.FromSeconds({{_rng.Next(5, 60)}}),
                });
                """));
            if (_rng.Next(2) == 0)
            {
                members.Add(Egress($$"""
                    public static IAmazonS3 CreateReplica(string region) => new AmazonS3Client(new AmazonS3Config
                    {
                        RegionEndpoint = RegionEndpoint.GetBySystemName(string.IsNullOrEmpty(region) ? "{{RegionName()}}" : region),
                        ForcePathStyle = true,
                    });
                    """));
            }

            for (var i = 0; i < helperCount; i++)
            {
                var name = s.Unique(names[i]);
                m.ObjectHelpers.Add(name);
                members.Add(Egress(_rng.Next(4) switch
                {
                    0 => $$"""
                        public async Task {{name}}(object payload, CancellationToken ct = default)
                        {
                            using var response = await _http.PostAsJsonAsync("{{Path()}}", payload, ct);
                            response.EnsureSuccessStatusCode();
                        }
                        """,
                    1 => $$"""
                        public async Task {{name}}(object payload, CancellationToken ct = default)
                        {
                            using var response = await _http.PostAsJsonAsync("https://{{Host()}}/{{Path()}}", payload, ct);
                            response.EnsureSuccessStatusCode();
                        }
                        """,
                    2 => $$"""
                        public async Task {{name}}(object payload, CancellationToken ct = default)
                        {
                            var json = JsonSerializer.Serialize(payload);
                            using var content = new StringContent(json, Encoding.UTF8, "application/json");
                            using var response = await _http.PostAsync("https://{{Host()}}/{{Path()}}", content, ct);
                            if (!response.IsSuccessStatusCode)
                            {
                                throw new InvalidOperationException($"{{name}} failed with {(int)response.StatusCode}.");
                            }
                        }
                        """,
                    _ => $$"""
                        public Task {{name}}(object payload, CancellationToken ct = default) =>
                            _http.PutAsJsonAsync("{{Path()}}/{{_rng.Next(1, 99)}}", payload, ct);
                        """,
                }));
            }

            var queueHelper = s.Unique(names[helperCount]);
            m.StringHelpers.Add(queueHelper);
            members.Add(Egress($"public Task {queueHelper}(string body, CancellationToken ct = default) => _queue.SendMessageAsync(QueueUrl, body, ct);"));
        }
        else
        {
            m.Sender = m.Area + "Outbox";
            header = $$"""
                public sealed class {{m.Sender}}
                {
                    private const string DefaultTopic = "{{m.Area.ToLowerInvariant()}}-events";
                    private readonly List<(string Topic, string Body, DateTime At)> _messages = new();
                    private readonly object _gate = new();

                    public {{m.Sender}}(TimeProvider clock)
                    {
                        Clock = clock;
                        Capacity = {{_rng.Next(100, 10000)}};
                    }

                    public TimeProvider Clock { get; }

                    public int Capacity { get; }
                """;
            members.Add($$"""
                public void Enqueue(string topic, string body)
                {
                    lock (_gate)
                    {
                        if (_messages.Count >= Capacity)
                        {
                            _messages.RemoveAt(0);
                        }

                        _messages.Add((topic, body, Clock.GetUtcNow().UtcDateTime));
                    }
                }
                """);
            members.Add($$"""
                public IReadOnlyList<string> Drain(string topic)
                {
                    lock (_gate)
                    {
                        var taken = _messages.Where(x => x.Topic == topic).Select(x => x.Body).ToList();
                        _messages.RemoveAll(x => x.Topic == topic);
                        return taken;
                    }
                }
                """);
            for (var i = 0; i < helperCount; i++)
            {
                var name = s.Unique(names[i]);
                m.ObjectHelpers.Add(name);
                members.Add(_rng.Next(2) == 0
                    ? $$"""
                        public Task {{name}}(object payload, CancellationToken ct = default)
                        {
                            ct.ThrowIfCancellationRequested();
                            Enqueue("{{Path()}}", payload.ToString() ?? string.Empty);
                            return Task.CompletedTask;
                        }
                        """
                    : $$"""
                        public Task {{name}}(object payload, CancellationToken ct = default) =>
                            ct.IsCancellationRequested ? Task.FromCanceled(ct) : Task.Run(() => Enqueue(DefaultTopic, payload.ToString() ?? ""), ct);
                        """);
            }

            var queueHelper = s.Unique(names[helperCount]);
            m.StringHelpers.Add(queueHelper);
            members.Add($$"""
                public Task {{queueHelper}}(string body, CancellationToken ct = default)
                {
                    Enqueue(DefaultTopic, body);
                    return Task.CompletedTask;
                }
                """);
        }

        return ClassText.Assemble(header, members);
    }
}
