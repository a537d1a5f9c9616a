using System.Globalization;
using System.Text;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Builds the normalised term string a store indexes for a claim: word stems, English pivot stems ("x:"), cognate
/// prefixes ("p:"), entity ids ("e:"), dates at every precision ("d:2017", "d:2017-01", "d:2017-01-23") and numbers ("n:").
/// Terms only use letters, digits and ":-_." so every store can index them as exact tokens.
/// </summary>
public sealed class SearchTerms(TermBuilder builder)
{
    public string For(string text, string language, Speaker? speaker, IEnumerable<EntityRef> entities, IEnumerable<string> dates, IEnumerable<string> numbers)
    {
        var terms = new List<string>();
        var words = WordTokenizer.Tokenize(text);
        if (speaker is not null)
        {
            terms.Add(AttributedTerm);
            words.AddRange(WordTokenizer.Tokenize(speaker.Name + " " + speaker.Role));
        }

        foreach (var word in builder.Analyze(words, language).Where(w => !w.IsStopWord))
        {
            terms.AddRange(word.All);
        }

        terms.AddRange(entities.Select(e => Entity(e.Id)));
        terms.AddRange(dates.SelectMany(Dates));
        terms.AddRange(numbers.Select(Number));
        return string.Join(' ', terms.Select(Sanitize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal));
    }

    /// <summary>Carried by every claim with a speaker, so "who reported …" meets attributed claims whatever verb they use.</summary>
    public const string AttributedTerm = "a:speaker";

    public static string Entity(string id) => Sanitize("e:" + id);

    public static string Number(string number) => Sanitize("n:" + number);

    /// <summary>"d:2017-01-23" and its coarser forms, so a month in a question meets a day in a claim.</summary>
    public static IEnumerable<string> Dates(string iso)
    {
        if (PartialDate.Parse(iso) is not { } date)
        {
            yield break;
        }

        yield return "d:" + date.Year.ToString("D4", CultureInfo.InvariantCulture);
        if (date.Month is not null)
        {
            yield return "d:" + new PartialDate(date.Year, date.Month).ToIso();
        }

        if (date.Day is not null)
        {
            yield return "d:" + date.ToIso();
        }
    }

    public static string Sanitize(string term)
    {
        var builder = new StringBuilder(term.Length);
        foreach (var c in term.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is ':' or '-' or '_' or '.')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim('.', '-');
    }
}
