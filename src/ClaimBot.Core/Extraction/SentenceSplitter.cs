using System.Collections.Concurrent;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Extraction;

/// <summary>
/// Splits a paragraph into sentences without breaking on abbreviations ("bl.a.", "Mr."), initials ("J. Smith"),
/// ordinals ("8. februar", "am 3. Oktober") or decimals. Rule-based because no maintained .NET sentence splitter
/// with Scandinavian ordinal handling restores here.
/// </summary>
public sealed class SentenceSplitter(LexiconCatalog lexicons)
{
    private static readonly string[] OrdinalLanguages = ["da", "nb", "sv", "de"];
    private readonly ConcurrentDictionary<string, HashSet<string>> _abbreviations = new();

    public List<(int Start, int End)> Split(string text, int start, int end, string language)
    {
        var abbreviations = _abbreviations.GetOrAdd(language, l => new HashSet<string>(
            lexicons.For(l).Abbreviations.Concat(lexicons.For("en").Abbreviations).Select(a => a.ToLowerInvariant()), StringComparer.Ordinal));
        var sentences = new List<(int, int)>();
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var boundary = i + 1;
            while (boundary < end && IsCloser(text[boundary]))
            {
                boundary++;
            }

            if (boundary < end && !char.IsWhiteSpace(text[boundary]))
            {
                continue;
            }

            var next = boundary;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= end)
            {
                break;
            }

            // "\"Who will pay?\" the mayor asked": a sentence never goes on in lower case after its end.
            if (char.IsLower(text[next]))
            {
                continue;
            }

            if (c == '.' && !EndsSentence(text, sentenceStart, i, next, language, abbreviations))
            {
                continue;
            }

            sentences.Add((sentenceStart, boundary));
            sentenceStart = next;
            i = next - 1;
        }

        if (end > sentenceStart)
        {
            sentences.Add((sentenceStart, end));
        }

        return sentences;
    }

    private bool EndsSentence(string text, int sentenceStart, int dot, int next, string language, HashSet<string> abbreviations)
    {
        var opener = text[next];
        if (!(char.IsUpper(opener) || char.IsDigit(opener) || IsOpener(opener)))
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 0)
        {
            return true;
        }

        if (abbreviations.Contains(word.ToLowerInvariant()) || (word.Length == 1 && char.IsUpper(word[0])))
        {
            return false;
        }

        // "8. februar", "am 3. Oktober": a one- or two-digit number before the dot is an ordinal in these languages.
        if (OrdinalLanguages.Contains(language) && word.Length <= 2 && word.All(char.IsDigit))
        {
            var following = WordTokenizer.Tokenize(text, next, Math.Min(text.Length, next + 20)).FirstOrDefault();
            return following.Text is null || !IsMonth(following.Text, language);
        }

        return true;
    }

    private static bool IsMonth(string word, string language)
    {
        var info = LexiconCatalog.DateNames(language);
        var folded = TextAnalyzer.Fold(word.ToLowerInvariant());
        return info.MonthNames.Concat(info.AbbreviatedMonthNames)
            .Any(m => m.Length > 0 && TextAnalyzer.Fold(m.ToLowerInvariant()).TrimEnd('.') == folded);
    }

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or '»' or '«' or ')' or ']';

    private static bool IsOpener(char c) => c is '"' or '“' or '„' or '«' or '»' or '‘' or '\'' or '(' or '-' or '–' or '—';
}
