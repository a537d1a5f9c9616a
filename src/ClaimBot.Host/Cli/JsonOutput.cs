using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimBot.Host.Cli;

/// <summary>Writes exactly one UTF-8 JSON document to stdout (Danish letters unescaped).</summary>
public static class JsonOutput
{
    private const int Utf8CodePage = 65001;

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task WriteAsync(object value, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(value, value.GetType(), Options);
        var writer = Console.Out;

        // Through Console.Out, like every other line the CLI prints, so stdout stays one ordered stream (and can be
        // redirected in-process). Only when that is the console itself with a non-UTF-8 locale encoding are the
        // UTF-8 bytes written to the raw stdout stream instead, because the contract says UTF-8.
        if (writer.Encoding.CodePage == Console.OutputEncoding.CodePage && Console.OutputEncoding.CodePage != Utf8CodePage)
        {
            await writer.FlushAsync(cancellationToken);
            var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(System.Text.Encoding.UTF8.GetBytes(json + "\n"), cancellationToken);
            await stdout.FlushAsync(cancellationToken);
            return;
        }

        await writer.WriteAsync(json.AsMemory(), cancellationToken);
        await writer.WriteAsync("\n".AsMemory(), cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }
}
