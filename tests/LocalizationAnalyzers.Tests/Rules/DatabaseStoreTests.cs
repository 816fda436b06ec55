using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>
/// Storing personal data is a transfer (SPEC §4): ADO.NET commands, MongoDB writes, Redis sets and EF Core
/// contexts, each with personal data to a database outside, the same store without personal data, a
/// database inside (or internal), and an unresolved one.
/// </summary>
public class DatabaseStoreTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;

    private const string Customer = """

        public class Customer
        {
            public string Email { get; set; } = "";
            public string FullName { get; set; } = "";
        }

        public class Product
        {
            public string Sku { get; set; } = "";
            public decimal Price { get; set; }
        }
        """;

    private const string Unknown = "which is not known to be in CN and is not approved (place it with data_localization.host_jurisdictions or approve it in data_localization.approved_hosts)";

    private const string InAzure = "which is in the Azure public cloud (34 countries), outside the approved jurisdiction CN; send it to a destination inside CN, or approve the host in data_localization.approved_hosts once the transfer is assessed";

    private const string InUs = "which is in United States (US), outside the approved jurisdiction CN; send it to a destination inside CN, or approve the host in data_localization.approved_hosts once the transfer is assessed";

    private static DiagnosticResult Dloc001(int at, string api, string what, string path, string destination, string where) =>
        new DiagnosticResult(Descriptors.PersonalDataOutsideJurisdiction).WithLocation(at)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments(api, what, path, destination, where);

    private static DiagnosticResult Dloc004(int at, string api, string what, string path) =>
        new DiagnosticResult(Descriptors.UnverifiableDestination).WithLocation(at)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments(api, what, path, "CN");

    private static DiagnosticResult Dloc003(int at) =>
        new DiagnosticResult(RuleIdentifiers.EndpointOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static async Task Verify(string source, params DiagnosticResult[] expected)
    {
        var test = AnalyzerTest.Create(source + Customer, China);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    [Fact]
    public async Task SqlClient_command_parameters_are_stored_in_the_connection_database()
    {
        await Verify("""
            using System.Data;
            using Microsoft.Data.SqlClient;

            class CustomerRepository
            {
                void Save(Customer customer)
                {
                    using var connection = new SqlConnection({|#2:"Server=tcp:shop.database.windows.net,1433;Database=shop"|});
                    using var command = new SqlCommand("INSERT INTO Customers (Email) VALUES (@email)", connection);
                    command.Parameters.AddWithValue("@email", customer.Email);
                    {|#0:command.ExecuteNonQuery()|};
                }

                int Count()
                {
                    using var connection = new SqlConnection({|#3:"Server=tcp:shop.database.windows.net,1433;Database=shop"|});
                    using var command = new SqlCommand("SELECT COUNT(*) FROM Customers", connection);
                    return (int)command.ExecuteScalar();
                }

                void Keep(Customer customer)
                {
                    using var connection = new SqlConnection("Server=sql.shop.internal;Database=shop");
                    using var command = connection.CreateCommand();
                    command.CommandText = "UPDATE Customers SET Name = @name";
                    command.Parameters.Add("@name", SqlDbType.NVarChar).Value = customer.FullName;
                    command.ExecuteNonQuery();
                }

                void Anywhere(SqlConnection connection, Customer customer)
                {
                    var command = connection.CreateCommand();
                    command.Parameters.AddWithValue("@name", customer.FullName);
                    {|#1:command.ExecuteReader()|};
                }
            }
            """,
            Dloc003(2),
            Dloc003(3),
            Dloc001(0, "SqlCommand.ExecuteNonQuery", "contact data", "Customer.Email", "shop.database.windows.net", InAzure),
            Dloc004(1, "SqlCommand.ExecuteReader", "name data", "Customer.FullName"));
    }

    [Fact]
    public async Task Npgsql_commands_of_a_data_source_in_a_foreign_region()
    {
        await Verify("""
            using System.Threading.Tasks;
            using Npgsql;

            class CustomerRepository
            {
                async Task Save(Customer customer)
                {
                    await using var dataSource = NpgsqlDataSource.Create({|#1:"Host=shop.c1x2y3.us-east-1.rds.amazonaws.com;Database=shop"|});
                    await using var command = dataSource.CreateCommand("INSERT INTO customers (email) VALUES ($1)");
                    command.Parameters.AddWithValue(customer.Email);
                    await {|#0:command.ExecuteNonQueryAsync()|};
                }

                async Task Keep(Customer customer)
                {
                    await using var connection = new NpgsqlConnection("Host=shop.c1x2y3.cn-north-1.rds.amazonaws.com.cn;Database=shop");
                    await using var command = new NpgsqlCommand("INSERT INTO customers (email) VALUES ($1)", connection);
                    command.Parameters.AddWithValue(customer.Email);
                    await command.ExecuteNonQueryAsync();
                }
            }
            """,
            Dloc003(1),
            Dloc001(0, "DbCommand.ExecuteNonQueryAsync", "contact data", "Customer.Email", "shop.c1x2y3.us-east-1.rds.amazonaws.com", InUs));
    }

    [Fact]
    public async Task MongoDB_writes_go_to_the_client_of_the_collection()
    {
        await Verify("""
            using System.Threading.Tasks;
            using MongoDB.Driver;

            class Store
            {
                private static readonly MongoClient Client = new MongoClient({|#3:"mongodb://shop.mongo.cosmos.azure.com:10255/?ssl=true"|});
                private readonly IMongoCollection<Customer> _customers = Client.GetDatabase("shop").GetCollection<Customer>("customers");
                private readonly IMongoCollection<Product> _products = Client.GetDatabase("shop").GetCollection<Product>("products");
                private readonly IMongoCollection<Customer> _china = new MongoClient("mongodb://shop.mongo.cosmos.azure.cn:10255/").GetDatabase("shop").GetCollection<Customer>("customers");

                Task Add(Customer customer) => {|#0:_customers.InsertOneAsync(customer)|};
                Task Rename(Customer customer) => {|#1:_customers.ReplaceOneAsync(c => c.Email == customer.Email, customer)|};
                Task AddProduct(Product product) => _products.InsertOneAsync(product);
                Task Keep(Customer customer) => _china.InsertOneAsync(customer);
                Task Injected(IMongoCollection<Customer> customers, Customer customer) => {|#2:customers.InsertOneAsync(customer)|};
            }
            """,
            Dloc003(3),
            Dloc001(0, "IMongoCollection.InsertOneAsync", "contact data", "Customer.Email", "shop.mongo.cosmos.azure.com", InAzure),
            Dloc001(1, "IMongoCollectionExtensions.ReplaceOneAsync", "contact data", "Customer.Email", "shop.mongo.cosmos.azure.com", InAzure),
            Dloc004(2, "IMongoCollection.InsertOneAsync", "contact data", "Customer.Email"));
    }

    [Fact]
    public async Task Redis_sets_go_to_the_multiplexer_configuration()
    {
        await Verify("""
            using StackExchange.Redis;

            class Cache
            {
                private readonly IDatabase _cache = ConnectionMultiplexer.Connect({|#2:"shop.redis.cache.windows.net:6380,ssl=true"|}).GetDatabase();

                void Remember(Customer customer) => {|#0:_cache.StringSet("customer:" + customer.Email, customer.FullName)|};
                void Count() => _cache.StringSet("visits", 1);

                void Keep(Customer customer)
                {
                    var redis = ConnectionMultiplexer.Connect("localhost:6379");
                    redis.GetDatabase().HashSet("customer", "email", customer.Email);
                }

                void Injected(IDatabase db, Customer customer) => {|#1:db.ListRightPush("signups", customer.Email)|};
            }

            class Repository(IConnectionMultiplexer redis)
            {
                private readonly IDatabase _database = redis.GetDatabase();

                System.Threading.Tasks.Task Save(Customer customer) => {|#3:_database.StringSetAsync("basket:" + customer.Email, "[]")|};
            }
            """,
            Dloc003(2),
            Dloc001(0, "IDatabase.StringSet", "contact, name data", "Customer.Email", "shop.redis.cache.windows.net", InAzure),
            Dloc004(1, "IDatabase.ListRightPush", "contact data", "Customer.Email"),
            Dloc004(3, "IDatabaseAsync.StringSetAsync", "contact data", "Customer.Email"));
    }

    [Fact]
    public async Task EF_Core_context_with_personal_entities_is_judged_where_its_provider_is_configured()
    {
        await Verify("""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            public class ShopDb : DbContext
            {
                public DbSet<Customer> Customers => Set<Customer>();
                public DbSet<Product> Products => Set<Product>();

                protected override void OnConfiguring(DbContextOptionsBuilder options) =>
                    {|#0:options.UseNpgsql("Host=shop.c1x2y3.us-east-1.rds.amazonaws.com;Database=shop")|};
            }

            public class CatalogDb : DbContext
            {
                public DbSet<Product> Products => Set<Product>();

                protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlServer("Server=tcp:catalog.shop.internal;Database=catalog");
            }

            public class LocalDb : DbContext
            {
                public LocalDb(DbContextOptions<LocalDb> options) : base(options) { }
                public DbSet<Customer> Customers => Set<Customer>();
            }

            class Startup
            {
                void Configure(IServiceCollection services, IConfiguration configuration)
                {
                    services.AddDbContext<LocalDb>(o => o.UseSqlServer("Server=sql.shop.internal;Database=shop"));
                    services.AddDbContext<ShopDb>(o => {|#2:o.UseSqlServer(configuration.GetConnectionString("Shop"))|});
                }
            }
            """,
            Dloc001(0, "ShopDb (UseNpgsql)", "contact data", "ShopDb.Customers.Email", "shop.c1x2y3.us-east-1.rds.amazonaws.com", InUs),
            Dloc004(2, "ShopDb (UseSqlServer)", "contact data", "ShopDb.Customers.Email"));
    }
}
