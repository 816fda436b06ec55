using System.Text.Json.Nodes;
using LocalizationAnalyzers.Inventory.Model;
using LocalizationAnalyzers.Inventory.Sarif;

namespace LocalizationAnalyzers.Inventory.Tests.Infrastructure;

/// <summary>The SARIF fixtures (Fixtures/, written by the compiler) and temporary folders.</summary>
public static class TestFiles
{
    /// <summary>Where regenerate.sh builds the fixture solution: the prefix of every path in the fixtures.</summary>
    public const string BuildRoot = "/tmp/dloc-fixtures/shop/";

    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static string ShopFolder => Fixture("shop");

    public static string Backend => Fixture("shop/ShopBackend.sarif");

    public static string Worker => Fixture("shop/ShopWorker.sarif");

    public static string BackendV1 => Fixture("ShopBackend.v1.sarif");

    public static InventoryDocument ShopInventory(string? root = null) =>
        InventoryBuilder.Build([SarifReader.Read(Backend), SarifReader.Read(Worker)], new BuildOptions("ShopBackend", root));

    public static JsonObject Json(string path) => (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;

    public static string Write(string folder, string name, JsonNode json)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }
}

public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dloc-inventory-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Runs the command line in-process and captures what it prints.</summary>
public static class Command
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Cli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
