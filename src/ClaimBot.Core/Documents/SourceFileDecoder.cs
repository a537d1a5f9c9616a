using System.Text;

namespace ClaimBot.Core.Documents;

/// <summary>Refuses what cannot be a text source (empty, too large, binary, not UTF-8) with a one-line reason, else decodes it.</summary>
public static class SourceFileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes, long maxBytes)
    {
        if (bytes.Length > maxBytes)
        {
            return (null, $"too large: {bytes.Length} bytes, the limit (Sources:MaxFileBytes) is {maxBytes}");
        }

        if (bytes.Length == 0)
        {
            return (null, "empty file");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return (null, "binary file (contains NUL bytes)");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, $"not valid UTF-8 (invalid byte at offset {ex.Index})");
        }

        var controls = text.Count(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f');
        if (controls > Math.Max(8, text.Length / 100))
        {
            return (null, "binary file (control characters)");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "empty file (only white space)");
        }

        return (text, null);
    }
}
