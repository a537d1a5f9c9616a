using System.Globalization;
using System.Text;

namespace ClaimBot.Benchmarks.Corpus;

/// <summary>
/// Deterministic SYNTHETIC news corpus: every document is generated from (seed, index, revision) alone, so any document
/// can be regenerated, and "touching" a document means rendering it at a new revision. Not real news; for load only.
/// </summary>
internal sealed class CorpusGenerator(CorpusVocabulary vocabulary, int seed)
{
    private const int MinClaims = 12;
    private const int MaxClaims = 25;

    public static string FileName(int index) => $"syn/{index / 1000:D3}/doc{index:D6}.txt";

    public DocumentCast CastFor(int index, int revision)
    {
        var random = RandomFor(index, revision);
        var language = PickLanguage(random);
        var people = Enumerable.Range(0, random.Next(2, 4)).Select(_ => vocabulary.People[Skewed(random, vocabulary.People.Count)]).Distinct().ToList();
        var roles = people.Select(_ => language.Roles[random.Next(language.Roles.Length)]).ToList();
        var countries = vocabulary.Countries[language.Code];
        var country = Skewed(random, vocabulary.CountryCount);
        var other = (country + 1 + random.Next(vocabulary.CountryCount - 1)) % vocabulary.CountryCount;
        return new DocumentCast(
            language,
            people,
            roles,
            countries[country],
            countries[other],
            vocabulary.Organisations[Skewed(random, vocabulary.Organisations.Count)],
            vocabulary.Agencies[Skewed(random, vocabulary.Agencies.Count)],
            vocabulary.Cities[Skewed(random, vocabulary.Cities.Count)],
            new DateOnly(2015, 1, 1).AddDays(random.Next(3650)),
            language.Topics[random.Next(language.Topics.Length)],
            language.Verbs[random.Next(language.Verbs.Length)],
            random.Next(10, 900));
    }

    public string Render(int index, int revision)
    {
        var cast = CastFor(index, revision);
        var random = RandomFor(index, revision + 7919);
        var filler = new TemplateFiller(cast, random);
        var language = cast.Language;
        var text = new StringBuilder(3000);
        text.Append(filler.Fill(Pick(random, language.Headlines))).Append("\n\n");
        text.Append("date ").Append(cast.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\n\n");
        text.Append(cast.Agency.All(char.IsUpper) ? cast.Agency : cast.Agency.ToUpperInvariant()[..Math.Min(5, cast.Agency.Length)])
            .Append(' ').Append(cast.City).Append("\n\n");

        var claims = random.Next(MinClaims, MaxClaims + 1);
        var inParagraph = 0;
        for (var i = 0; i < claims; i++)
        {
            var roll = random.Next(100);
            var isQuote = roll >= 40 && roll < 60;
            var template = roll switch
            {
                < 40 => Pick(random, language.Statements),
                < 60 => Pick(random, language.Quotes),
                < 75 => Pick(random, language.Negations),
                _ => Pick(random, language.Facts),
            };

            // Dash quotes open their own paragraph, as in Scandinavian news; others group into paragraphs of up to four.
            if (inParagraph > 0 && (isQuote || inParagraph >= 1 + random.Next(4)))
            {
                text.Append("\n\n");
                inParagraph = 0;
            }
            else if (inParagraph > 0)
            {
                text.Append(' ');
            }

            text.Append(filler.Fill(template));
            inParagraph++;
        }

        text.Append("\n\n");
        if (random.Next(3) == 0)
        {
            text.Append("--").Append(cast.Agency.ToUpperInvariant()).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Writes documents [0, count) under <paramref name="folder"/>; returns the bytes written.</summary>
    public long Write(string folder, int count, IProgress<int>? progress)
    {
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, FileName(i));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var content = Encoding.UTF8.GetBytes(Render(i, 0));
            File.WriteAllBytes(path, content);
            bytes += content.Length;
            if (i % 1000 == 999)
            {
                progress?.Report(i + 1);
            }
        }

        return bytes;
    }

    private Random RandomFor(int index, int revision) => new(unchecked((seed * 1_000_003) + (index * 7_919) + (revision * 104_729)));

    private static CorpusLanguage PickLanguage(Random random)
    {
        var roll = random.NextDouble();
        foreach (var language in CorpusLanguages.All)
        {
            roll -= language.Weight;
            if (roll < 0)
            {
                return language;
            }
        }

        return CorpusLanguages.English;
    }

    // Entity popularity follows a heavy tail: a few names recur across many documents, most appear rarely.
    private static int Skewed(Random random, int count) => Math.Min(count - 1, (int)(count * Math.Pow(random.NextDouble(), 2.5)));

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
