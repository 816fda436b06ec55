using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LocalizationAnalyzers.Inventory.Model;

public sealed class InventoryFormatException(string message) : Exception(message);

/// <summary>inventory.json: indented, "\n" line ends, UTF-8 without BOM, readable non-ASCII: the same bytes on every OS.</summary>
public static class InventoryFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string Serialize(InventoryDocument inventory) => JsonSerializer.Serialize(inventory, Options) + "\n";

    public static void Write(InventoryDocument inventory, string path) =>
        File.WriteAllText(path, Serialize(inventory), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    public static InventoryDocument Read(string path)
    {
        InventoryDocument? inventory;
        try
        {
            inventory = JsonSerializer.Deserialize<InventoryDocument>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new InventoryFormatException($"{path}: not an inventory.json of schema {InventoryDocument.SchemaId} ({e.Message})");
        }

        if (inventory is null || inventory.Schema != InventoryDocument.SchemaId || inventory.Flows is null)
        {
            throw new InventoryFormatException($"{path}: not an inventory.json of schema {InventoryDocument.SchemaId} (schema: {inventory?.Schema ?? "none"})");
        }

        return inventory;
    }
}
