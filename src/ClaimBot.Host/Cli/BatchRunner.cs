using System.Text;
using System.Text.Json;
using Spectre.Console;

namespace ClaimBot.Host.Cli;

/// <summary>
/// <c>--batch FILE</c> for ask, check and compare: one question, statement or topic per non-empty line (UTF-8; "-" is
/// standard input), one compact JSON document per input line on stdout, in input order, each exactly what
/// <c>--json</c> prints for that line. A line that fails gets <c>{"error": "..."}</c> and the batch goes on. Progress
/// goes to stderr, and only when stderr is a terminal, so stdout stays JSON Lines.
/// </summary>
public static class BatchRunner
{
    private static readonly JsonSerializerOptions Compact = new(JsonOutput.Options) { WriteIndented = false };

    /// <summary>Reads the batch input: every non-empty line, trimmed.</summary>
    public static async Task<IReadOnlyList<string>> ReadLinesAsync(string path, CancellationToken cancellationToken)
    {
        var text = path == "-"
            ? await ReadStdinAsync(cancellationToken)
            : await File.ReadAllTextAsync(path, new UTF8Encoding(false, true), cancellationToken);
        return text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    }

    public static async Task RunAsync(IReadOnlyList<string> lines, Func<string, CancellationToken, Task<object>> answer, CancellationToken cancellationToken)
    {
        var stdout = Console.OpenStandardOutput();
        var progress = Console.IsErrorRedirected ? null : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        for (var i = 0; i < lines.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            object result;
            try
            {
                result = await answer(lines[i], cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                result = new { Error = ex.Message };
            }

            var bytes = JsonSerializer.SerializeToUtf8Bytes(result, result.GetType(), Compact);
            await stdout.WriteAsync(bytes, cancellationToken);
            await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken);
            progress?.Markup($"\r[grey]{i + 1}/{lines.Count}[/]");
        }

        await stdout.FlushAsync(cancellationToken);
        progress?.WriteLine();
    }

    private static async Task<string> ReadStdinAsync(CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false, true));
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
