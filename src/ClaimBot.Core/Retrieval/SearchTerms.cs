using System.Globalization;
using System.Text;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Builds the normalised term string a claim is indexed by: stems of its content words and of their compound parts,
/// spelling-neutral keys of names ("k:"), entity ids ("e:"), dates at every precision ("d:2017", "d:2017-01",
/// "d:2017-01-23") and numbers ("n:"), plus the words of its speaker's name and role. Cross-lingual links are not
/// indexed: queries are expanded into each indexed language instead (see <see cref="QueryExpander"/>). Terms only use
/// letters, digits and ":-_." so every store can index them as exact tokens.
/// </summary>
public sealed class SearchTerms(WordAnalyzer words, ConceptLexicon concepts)
{
    public string For(string text, string language, Speaker? speaker, IEnumerable<EntityRef> entities, IEnumerable<string> dates, IEnumerable<string> numbers)
    {
        var terms = new List<string>();
        AddWords(terms, words.Analyze(text, language), language);
        if (speaker is not null)
        {
            AddWords(terms, words.Analyze(speaker.Name + " " + speaker.Role, language), language);
        }

        terms.AddRange(entities.Select(e => Entity(e.Id)));
        terms.AddRange(dates.SelectMany(Dates));
        terms.AddRange(numbers.Select(Number));
        return string.Join(' ', terms.Select(Sanitize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal));
    }

    private void AddWords(List<string> terms, IEnumerable<AnalyzedWord> analyzed, string language)
    {
        foreach (var word in analyzed.Where(w => w.IsContent))
        {
            switch (word.Kind)
            {
                case WordKind.Number:
                    // Numbers are indexed as read in context (NumberReader), through the claim's numbers.
                    break;
                case WordKind.Name:
                    terms.Add(word.Stem);
                    terms.Add(NameKey.Prefix + NameKey.Of(word.Stem));
                    terms.AddRange(word.Parts);
                    // A capitalised dictionary word is indexed as the word too ("Fisheries Minister" meets "minister").
                    if (word.Lemma != word.Stem && concepts.Knows(word.Lemma, language))
                    {
                        terms.Add(word.Lemma);
                    }

                    break;
                default:
                    terms.Add(word.Stem);
                    terms.AddRange(word.Parts);
                    break;
            }
        }
    }

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
