namespace ClaimBot.Platforms.Chat;

/// <summary>Boundary-aware shortening of reply text, shared by the Discord and Slack renderers.</summary>
public static class ChatText
{
    private const string Ellipsis = "…";

    /// <summary>
    /// Returns <paramref name="text"/> when it fits in <paramref name="max"/> characters; otherwise cuts after the
    /// last whole sentence that fits, or at a word boundary, and adds an ellipsis. Never cuts inside a word
    /// unless a single word is longer than the limit.
    /// </summary>
    public static string Fit(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text.Length <= max)
        {
            return text;
        }

        var room = max - Ellipsis.Length - 1;
        var window = text.AsSpan(0, room + 1);
        var sentenceEnd = LastSentenceEnd(window[..room]);
        if (sentenceEnd > room / 2)
        {
            return string.Concat(text.AsSpan(0, sentenceEnd).TrimEnd(), " ", Ellipsis);
        }

        var space = window.LastIndexOfAny(' ', '\n', '\t');
        var cut = space > 0 ? space : room;
        return string.Concat(text.AsSpan(0, cut).TrimEnd(), Ellipsis);
    }

    // A sentence ends at . ! ? … followed by space or the end; citation markers right after it ("… done. [2]") stay with it.
    private static int LastSentenceEnd(ReadOnlySpan<char> span)
    {
        var best = -1;
        var i = 0;
        while (i < span.Length)
        {
            if (span[i] is '.' or '!' or '?' or '…' && (i + 1 == span.Length || char.IsWhiteSpace(span[i + 1])))
            {
                best = SkipMarkers(span, i + 1);
                i = best;
                continue;
            }

            i++;
        }

        return best;
    }

    private static int SkipMarkers(ReadOnlySpan<char> span, int from)
    {
        var end = from;
        var j = from;
        while (true)
        {
            while (j < span.Length && span[j] == ' ')
            {
                j++;
            }

            if (j >= span.Length || span[j] != '[')
            {
                return end;
            }

            var close = span[j..].IndexOf(']');
            if (close < 2 || span.Slice(j + 1, close - 1).ContainsAnyExceptInRange('0', '9'))
            {
                return end;
            }

            j += close + 1;
            end = j;
        }
    }
}
