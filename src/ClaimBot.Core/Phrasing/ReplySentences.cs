using System.Text;

namespace ClaimBot.Core.Phrasing;

/// <summary>A reply cut into sentences, and the quotations in it with the sentence each sits in.</summary>
internal sealed record ReplySentences(IReadOnlyList<string> Sentences, IReadOnlyList<ReplyQuote> Quotes, bool UnbalancedQuote)
{
    private const string SentenceEnds = ".!?";

    /// <summary>
    /// Sentences end at . ! ? (or a quotation ending in one) followed by white space, unless a [n] marker follows, which
    /// still belongs to the sentence, or at a line break; never inside quotation marks, so a quoted claim of two sentences stays one.
    /// </summary>
    public static ReplySentences Split(string reply)
    {
        var sentences = new List<string>();
        var quotes = new List<ReplyQuote>();
        var current = new StringBuilder();
        string? closers = null;
        var quoteStart = 0;
        for (var i = 0; i < reply.Length; i++)
        {
            var c = reply[i];
            current.Append(c);
            if (closers is not null)
            {
                if (closers.Contains(c, StringComparison.Ordinal))
                {
                    var quoted = reply[quoteStart..i];
                    quotes.Add(new ReplyQuote(quoted, sentences.Count));
                    closers = null;

                    // »We have not invited them.« Russia did [1]: a quote ending in . ! ? ends the sentence when a capital follows.
                    var trimmed = quoted.TrimEnd();
                    var rest = reply.AsSpan(i + 1).TrimStart();
                    if (trimmed.Length > 0 && SentenceEnds.Contains(trimmed[^1], StringComparison.Ordinal)
                        && EndsSentence(reply, i + 1) && (rest.IsEmpty || char.IsUpper(rest[0])))
                    {
                        Flush(current, sentences);
                    }
                }

                continue;
            }

            closers = ClosersFor(c);
            if (closers is not null)
            {
                quoteStart = i + 1;
                continue;
            }

            if (c == '\n' || (SentenceEnds.Contains(c, StringComparison.Ordinal) && EndsSentence(reply, i + 1)))
            {
                Flush(current, sentences);
            }
        }

        Flush(current, sentences);
        return new ReplySentences(sentences, quotes, closers is not null);
    }

    private static string? ClosersFor(char c) => c switch
    {
        '"' => "\"",
        '“' => "”",
        '”' => "”",
        '„' => "“”",
        '«' => "»",
        '»' => "«",
        _ => null,
    };

    private static bool EndsSentence(string reply, int next)
    {
        if (next >= reply.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(reply[next]))
        {
            return false;
        }

        var rest = reply.AsSpan(next).TrimStart();
        return !(rest.Length > 1 && rest[0] == '[' && char.IsAsciiDigit(rest[1]));
    }

    private static void Flush(StringBuilder current, List<string> sentences)
    {
        var text = current.ToString().Trim();
        current.Clear();
        // A list enumerator ("1.") ends like a sentence but says nothing.
        var enumerator = text.Length is > 1 and <= 3 && text[..^1].All(char.IsAsciiDigit) && text.EndsWith('.');
        if (text.Any(char.IsLetterOrDigit) && !enumerator)
        {
            sentences.Add(text);
        }
    }
}
