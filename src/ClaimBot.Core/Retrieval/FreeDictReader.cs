using System.IO.Compression;
using System.Text;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Reads a FreeDict dictionary in dictd format (<c>.index</c> + <c>.dict.dz</c>). No maintained .NET package reads
/// dictd files; the format is small (tab-separated index with base-64 offsets into a gzip-compatible dictzip body).
/// </summary>
public static class FreeDictReader
{
    private const string Base64Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>Headword → translations (first line of each sense, split on commas), in file order.</summary>
    public static IEnumerable<(string Headword, IReadOnlyList<string> Translations)> Read(string indexPath, string dictPath)
    {
        byte[] body;
        using (var file = File.OpenRead(dictPath))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var buffer = new MemoryStream())
        {
            gzip.CopyTo(buffer);
            body = buffer.ToArray();
        }

        foreach (var line in File.ReadLines(indexPath, Encoding.UTF8))
        {
            var parts = line.Split('\t');
            if (parts.Length < 3 || parts[0].StartsWith("00-database", StringComparison.Ordinal) || parts[0].StartsWith("00database", StringComparison.Ordinal))
            {
                continue;
            }

            var offset = DecodeBase64Number(parts[1]);
            var length = DecodeBase64Number(parts[2]);
            if (offset < 0 || length <= 0 || offset + length > body.Length)
            {
                continue;
            }

            var entry = Encoding.UTF8.GetString(body, (int)offset, (int)length);
            var translations = ParseEntry(entry);
            if (translations.Count > 0)
            {
                yield return (parts[0], translations);
            }
        }
    }

    private static List<string> ParseEntry(string entry)
    {
        // Line 1 is "headword /pronunciation/ <pos>"; sense lines follow, numbered ("1. a, b") when there are several.
        // Unnumbered entries give their translation on line 2; later lines are usage notes, which we skip.
        var lines = entry.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>();
        var numbered = lines.Skip(1).Where(l => l.Length > 2 && char.IsDigit(l[0]) && l.Contains(". ", StringComparison.Ordinal)).ToList();
        var senses = numbered.Count > 0
            ? numbered.Select(l => l[(l.IndexOf(". ", StringComparison.Ordinal) + 2)..]).Take(3)
            : lines.Skip(1).Take(1);
        foreach (var sense in senses)
        {
            foreach (var item in sense.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(4))
            {
                var cleaned = item.Trim('"', '(', ')', ' ');
                if (cleaned.Length > 0 && !cleaned.StartsWith("see ", StringComparison.OrdinalIgnoreCase))
                {
                    result.Add(cleaned);
                }
            }
        }

        return result;
    }

    private static long DecodeBase64Number(string digits)
    {
        long value = 0;
        foreach (var c in digits)
        {
            var digit = Base64Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                return -1;
            }

            value = (value * 64) + digit;
        }

        return value;
    }
}
