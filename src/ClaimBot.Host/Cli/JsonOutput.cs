using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimBot.Host.Cli;

/// <summary>Writes exactly one UTF-8 JSON document to stdout (Danish letters unescaped).</summary>
public static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task WriteAsync(object value, CancellationToken cancellationToken)
    {
        var stdout = Console.OpenStandardOutput();
        await JsonSerializer.SerializeAsync(stdout, value, value.GetType(), Options, cancellationToken);
        await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken);
        await stdout.FlushAsync(cancellationToken);
    }
}
