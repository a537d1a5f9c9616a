namespace ClaimBot.Benchmarks.Corpus;

/// <summary>The questions, statements and topics the benchmarks send: a few over the seeds, and many generated from synthetic documents' casts so they hit.</summary>
internal sealed record BenchQueries(IReadOnlyList<string> Ask, IReadOnlyList<string> Check, IReadOnlyList<string> Compare)
{
    public static readonly BenchQueries Seeds = new(
        [
            "Which countries took the initiative for the peace conference?",
            "Who is Sergey Lavrov?",
            "Hvem er Syriens ambassadør i Rusland?",
            "Which UN resolution do Russia, Turkey and Iran want implemented?",
            "Who won the 2018 World Cup?",
        ],
        [
            "Lavrov said Russia had already invited the US.",
            "Iran supports a US presence at the talks.",
            "Oprørerne nægtede at mødes direkte med modparten på første dag.",
            "Germany mediated the Astana talks.",
        ],
        ["the invitation of the United States", "Russia"]);

    /// <summary><paramref name="count"/> of each kind about documents drawn from [0, docCount), plus the seed queries.</summary>
    public static BenchQueries Synthetic(CorpusGenerator generator, int docCount, int count)
    {
        var random = new Random(11);
        var ask = new List<string>(Seeds.Ask);
        var check = new List<string>(Seeds.Check);
        var compare = new List<string>(Seeds.Compare);
        for (var k = 0; k < count; k++)
        {
            var cast = generator.CastFor(random.Next(docCount), 0);
            var filler = new TemplateFiller(cast, new Random(k));
            var language = cast.Language;
            ask.Add(filler.Fill(language.AskTemplates[k % language.AskTemplates.Length]));
            check.Add(filler.Fill(language.CheckTemplates[k % language.CheckTemplates.Length]));
            compare.Add(k % 2 == 0 ? cast.Organisation : cast.Country + " " + cast.Topic);
        }

        return new BenchQueries(ask, check, compare);
    }
}
