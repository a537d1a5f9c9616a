using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Extraction;

/// <summary>Clause-level helpers for attribution: where a dash quote ends, whether a verb opens a "that"-clause, the clause before a verb.</summary>
internal static class SentenceClauses
{
    private static readonly string[] Complementizers = ["that", "at", "att", "dass", "que", "qu"];
    private static readonly string[] Adversatives = ["but", "men", "aber", "mais", "while", "mens"];

    public static bool OpensClause(string sentence, int verbEnd, LanguageLexicon lexicon)
    {
        var rest = sentence[verbEnd..].TrimStart();
        if (rest.Length == 0 || rest[0] is ',' or ':' or '.')
        {
            return true;
        }

        var next = WordTokenizer.Tokenize(rest).FirstOrDefault().Text?.ToLowerInvariant();
        return next is null || Complementizers.Contains(next) || lexicon.SpeakerStopWords.Contains(next) && next is "at" or "that";
    }

    // A Scandinavian dash quote runs from the dash to the comma before its attribution ("- …, sagde X" / "- …, hedder det").
    public static IReadOnlyList<(int Start, int End)> WithDashQuote(string sentence, string lower, LanguageLexicon lexicon, IReadOnlyList<(int Start, int End)> quotes, List<Token> tokens)
    {
        if (!QuoteScanner.StartsWithQuoteDash(sentence))
        {
            return quotes;
        }

        for (var comma = sentence.LastIndexOf(',', sentence.Length - 1); comma > 0; comma = sentence.LastIndexOf(',', comma - 1))
        {
            var after = lower[(comma + 1)..].TrimStart();
            var firstWord = tokens.FirstOrDefault(t => t.Start > comma).Text?.ToLowerInvariant();
            if ((firstWord is not null && lexicon.ReportingVerbs.Contains(firstWord)) || lexicon.ImpersonalAttributions.Any(a => after.StartsWith(a, StringComparison.Ordinal)))
            {
                return [.. quotes, (0, comma)];
            }

            if (comma == 0)
            {
                break;
            }
        }

        return [.. quotes, (0, sentence.Length)];
    }

    public static string ClauseBefore(string sentence, int verbStart, IReadOnlyList<(int Start, int End)> quotes)
    {
        var start = quotes.Where(q => q.End < verbStart).Select(q => q.End + 1).DefaultIfEmpty(0).Max();
        return start < verbStart ? sentence[start..verbStart] : "";
    }

    public static string AfterAdversative(string segment)
    {
        var tokens = WordTokenizer.Tokenize(segment);
        var last = tokens.FindLastIndex(t => Adversatives.Contains(t.Text.ToLowerInvariant()));
        return last < 0 ? segment : last + 1 < tokens.Count ? segment[tokens[last + 1].Start..] : "";
    }

    public static int IndexOfWords(string lower, string phrase)
    {
        var at = lower.IndexOf(phrase, StringComparison.Ordinal);
        while (at >= 0)
        {
            var startOk = at == 0 || !char.IsLetter(lower[at - 1]);
            var endOk = at + phrase.Length >= lower.Length || !char.IsLetter(lower[at + phrase.Length]);
            if (startOk && endOk)
            {
                return at;
            }

            at = lower.IndexOf(phrase, at + 1, StringComparison.Ordinal);
        }

        return -1;
    }
}
