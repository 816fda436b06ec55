using System.Reflection;
using System.Text;
using LocalizationAnalyzers.Configuration;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace LocalizationAnalyzers.Tests.Configuration;

/// <summary>
/// The appsettings reader against the real Microsoft.Extensions.Configuration.Json (System.Text.Json with
/// comments skipped and trailing commas allowed): it accepts exactly what the provider loads, and yields
/// the same keys and values.
/// </summary>
public class ConfigurationConformanceTests
{
    public static TheoryData<string> Documents() => new()
    {
        // Values and flattening.
        """{"a": null, "b": true, "c": false, "d": 1.50e3, "e": {}, "f": [], "g": [1, {"x": 2}, [3]], "h": "s\u0041"}""",
        """{"AWS": {"Region": "us-east-1", "Profile": "default"}, "ConnectionStrings": {"Orders": "Server=tcp:x.database.windows.net;Database=o"}}""",
        """{"Serilog": {"WriteTo": [{"Name": "Seq", "Args": {"serverUrl": "https://seq.example.cn"}}]}}""",
        """{"a": {"": 1}, "": 2, "a:b": {"c": 3}}""",
        """{"a": "\u00e9\/\b\f\n\r\t\"\\", "b": "\ud83d\ude00", "c": "\u2028"}""",
        """{"n": -0, "m": 1E+2, "o": -1.5e-3, "p": 0.0, "q": 1e5000}""",
        """{"a": [null], "b": [[], {}], "c": {"d": {}}}""",
        // Comments and trailing commas.
        """/*x*/{"a":1}""",
        """{/*x*/"a":1}""",
        """{"a":/*x*/1}""",
        """{"a":1/*x*/}""",
        """{"a":1/*x*/,"b":2}""",
        """{"a":1,/*x*/"b":2}""",
        """{"a":[1/*x*/,2]}""",
        """{"a":[/*x*/]}""",
        """{"a":1,/*x*/}""",
        """{"a":1}//x""",
        """{"a":1} // c""",
        "{\"a\":1 /* a */ /* b */ // c\n }",
        """{"a":1,}""",
        """{"a":[1,2,],}""",
        """{"a":[1,/*x*/]}""",
        "{\"a\":1,\r\n}",
        "{\"a\"\r\n:\r\n1}",
        "\uFEFF{\"a\":1}",
        // Duplicates: leaves clash (keys ignore case), empty objects and arrays overwrite silently.
        """{"a":1,"A":2}""",
        """{"a":{"b":1},"a":{"c":2}}""",
        """{"a":{"b":1},"A":{"b":2}}""",
        """{"a:b":1, "a":{"b":2}}""",
        """{"a":{}, "a":1}""",
        """{"a":1,"a":{}}""",
        """{"a":[], "a":1}""",
        """{"a":1, "a":[]}""",
        """{"a":null,"a":1}""",
        """{"a":{}, "a":{}}""",
        """{"a":{"b":1}, "a":{}}""",
        // Malformed.
        "",
        "   ",
        "// only a comment",
        "[1]",
        "\"x\"",
        "42",
        "{,}",
        """{"a":[,]}""",
        """{"a":1}{}""",
        """{"a":1} /* c""",
        """{"a":01}""",
        """{"a":'x'}""",
        "{\"a\":\"x\ty\"}",
        """{"a":"\x"}""",
        """{"a":1 "b":2}""",
        """{"a":1,,"b":2}""",
        """{"a":[1,,2]}""",
        """{"a":tru}""",
        """{"a":truex}""",
        """{"a":True}""",
        """{"a":NaN}""",
        """{"a":-}""",
        """{"a":1.}""",
        """{"a":.5}""",
        """{"a":+1}""",
        """{"a":1e}""",
        """{"a":"\ud800"}""",
        """{"a":"\udc00"}""",
        """{"a":"\u00G0"}""",
        """{"a":"abc""",
        """{"a" /* c */ : 1}""",
        """{a:1}""",
        """{"a":1}/""",
        """{"a":1}/x""",
        "{\"a\":1} // x\u2028y",
        "{\"a\":\n\"x\"",
        "{\"a\":1}\u00a0",
        "{\"a\":1\u000b}",
        "{\"a\": {\"b\": [1, 2}}",
        "{\"a\": ",
        "{\"a\"",
        "{",
        "{\"a\":" + new string('[', 63) + new string(']', 63) + "}",
        "{\"a\":" + new string('[', 64) + new string(']', 64) + "}",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reader_accepts_what_the_provider_loads_with_the_same_keys_and_values(string json)
    {
        var expected = LoadWithProvider(json, out var providerError);
        var document = JsonConfigurationReader.Read(json);

        if (providerError is not null)
        {
            Assert.True(document.Problem is not null, $"the provider rejects it ({providerError}) but the reader accepts it");
            return;
        }

        Assert.True(document.Problem is null, $"the provider loads it but the reader says: {document.Problem?.Message}");
        var actual = document.Data.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(
            expected!.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p => (p.Key.ToUpperInvariant(), p.Value)),
            actual.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p => (p.Key.ToUpperInvariant(), p.Value)));
    }

    /// <summary>The provider's own key/value data (ConfigurationProvider.Data), or the exception it throws.</summary>
    private static IDictionary<string, string?>? LoadWithProvider(string json, out string? error)
    {
        error = null;
        try
        {
            var root = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
            var provider = root.Providers.Single();
            var data = typeof(ConfigurationProvider).GetProperty("Data", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(provider);
            return (IDictionary<string, string?>)data!;
        }
        catch (Exception exception) when (exception is FormatException or InvalidOperationException or System.Text.Json.JsonException)
        {
            error = exception.GetType().Name + ": " + exception.Message;
            return null;
        }
    }
}
