using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace ClaimBot.Platforms.Inbound;

/// <summary>
/// Parses a verified platform body as JSON and proves every string in it decodes: invalid UTF-8 and lone surrogate
/// escapes (<c>"\ud800"</c>) would otherwise surface later as an <see cref="InvalidOperationException"/> from
/// <see cref="JsonElement.GetString"/>, i.e. a 500, instead of the 400 they deserve.
/// </summary>
public static class InboundJson
{
    // Deeper than any Slack or Discord payload; bounds the walk below as well.
    private const int MaxDepth = 64;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The document, or null with a one-line reason. The caller disposes the document.</summary>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> body, out string error)
    {
        if (!Utf8.IsValid(body.Span))
        {
            error = "The body is not valid UTF-8.";
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException ex)
        {
            error = $"The body is not valid JSON: {ex.Message}";
            return null;
        }

        if (!AllStringsDecode(document.RootElement))
        {
            document.Dispose();
            error = "The body holds a string that is not valid Unicode (a lone surrogate).";
            return null;
        }

        error = string.Empty;
        return document;
    }

    /// <summary>True when <paramref name="text"/> is valid UTF-16 (no lone surrogates), as form fields must be.</summary>
    public static bool IsValidText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return true;
        }

        try
        {
            StrictUtf8.GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private static bool AllStringsDecode(JsonElement element)
    {
        try
        {
            return Walk(element);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool Walk(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsValidText(element.GetString()!);
            case JsonValueKind.Array:
                return element.EnumerateArray().All(Walk);
            case JsonValueKind.Object:
                return element.EnumerateObject().All(p => IsValidText(p.Name) && Walk(p.Value));
            default:
                return true;
        }
    }
}
