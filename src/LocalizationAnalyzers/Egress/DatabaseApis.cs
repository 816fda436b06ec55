using System.Collections.Immutable;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// Where storing data in a database is decided, beyond the write calls of <see cref="PayloadApis"/>
/// (MongoDB, Redis): an ADO.NET command's execution (its parameters and text are the payload, its
/// connection the destination) and an EF Core provider's configuration (the context's model is the
/// payload, the connection string the destination). Data, not logic; every row is checked against the
/// provider's own assembly in DatabaseApisTests.
/// </summary>
internal static class DatabaseApis
{
    public static readonly ImmutableArray<DatabaseApi> All = ImmutableArray.Create(
        // ADO.NET: DbCommand's virtual members (SqlCommand, NpgsqlCommand, MySqlCommand... override them);
        // ExecuteReader is hidden with `new` by the providers, so theirs are listed too.
        Command("System.Data.Common.DbCommand", "ExecuteNonQuery"),
        Command("System.Data.Common.DbCommand", "ExecuteNonQueryAsync"),
        Command("System.Data.Common.DbCommand", "ExecuteScalar"),
        Command("System.Data.Common.DbCommand", "ExecuteScalarAsync"),
        Command("System.Data.Common.DbCommand", "ExecuteReader"),
        Command("System.Data.Common.DbCommand", "ExecuteReaderAsync"),
        Command("Microsoft.Data.SqlClient.SqlCommand", "ExecuteReader"),
        Command("Microsoft.Data.SqlClient.SqlCommand", "ExecuteReaderAsync"),
        Command("Npgsql.NpgsqlCommand", "ExecuteReader"),
        Command("Npgsql.NpgsqlCommand", "ExecuteReaderAsync"),

        // EF Core providers: the connection string (or connection) the context's model is stored behind.
        Model("Microsoft.EntityFrameworkCore.SqlServerDbContextOptionsExtensions", "UseSqlServer"),
        Model("Microsoft.EntityFrameworkCore.SqlServerDbContextOptionsExtensions", "UseAzureSql"),
        Model("Microsoft.EntityFrameworkCore.NpgsqlDbContextOptionsBuilderExtensions", "UseNpgsql"));

    /// <summary>Parameters of a provider call that name the database: a connection string, else a connection or data source.</summary>
    public static readonly ImmutableArray<string> ConnectionParameters = ImmutableArray.Create("connectionString", "connection", "dataSource");

    /// <summary>The base of every EF Core context, and the set type whose element type is stored.</summary>
    public const string DbContext = "Microsoft.EntityFrameworkCore.DbContext";

    public const string DbSet = "Microsoft.EntityFrameworkCore.DbSet`1";

    private static DatabaseApi Command(string type, string member) => new(type, member, DatabaseApiShape.CommandExecution);

    private static DatabaseApi Model(string type, string member) => new(type, member, DatabaseApiShape.ContextProvider);
}

internal enum DatabaseApiShape
{
    /// <summary>A command is executed: the command (parameters, text) is the payload, its connection the destination.</summary>
    CommandExecution,

    /// <summary>An EF Core provider is configured: the context's entity sets are the payload, the connection string the destination.</summary>
    ContextProvider,
}

/// <param name="TypeMetadataName">The type declaring the member.</param>
/// <param name="MemberName">The method.</param>
/// <param name="Shape">How payload and destination are found.</param>
internal sealed record DatabaseApi(string TypeMetadataName, string MemberName, DatabaseApiShape Shape)
{
    public string Display => TypeMetadataName + "." + MemberName;
}
