using System.Text.Json;

namespace ClaimBot.Benchmarks.Corpus;

/// <summary>
/// The synthetic entity vocabulary: generated person names, invented organisations, cities and news agencies, and the
/// real countries of the engine's own gazetteer (CLDR territory names per language). Built from a fixed seed.
/// </summary>
internal sealed class CorpusVocabulary
{
    private static readonly string[] FirstNames =
    [
        "Lars", "Mette", "Søren", "Anne", "Jens", "Kirsten", "Mads", "Freja", "Ole", "Ingrid", "Henrik", "Sofie", "Bjørn", "Astrid",
        "Erik", "Karin", "Johan", "Elin", "Magnus", "Sigrid", "James", "Sarah", "David", "Emily", "Thomas", "Laura", "Michael", "Anna",
        "Peter", "Claire", "Jean", "Marie", "Pierre", "Camille", "Luc", "Hélène", "Klaus", "Ursula", "Stefan", "Jürgen", "Petra",
        "Omar", "Leila", "Yusuf", "Amira", "Dmitri", "Olga", "Sergei", "Irina", "Kenji", "Aiko", "Carlos", "Lucía", "Mateo", "Rosa",
    ];

    private static readonly string[] SurnameStems =
    [
        "Kjær", "Holm", "Lund", "Berg", "Dahl", "Strand", "Vik", "Sand", "Bro", "Skov", "Møl", "Aas", "Lind", "Ny", "Øster", "Vester",
        "Hart", "Ash", "Black", "Whit", "Cole", "Wood", "Fair", "Brook", "Stein", "Hof", "Brun", "Wald", "Mar", "Dur", "Fon", "Bel",
        "Kov", "Pet", "Ivan", "Sok", "Haddad", "Nasr", "Rah", "Tak", "Mori", "Gar", "Fer", "Lop", "Rod", "Mend",
    ];

    private static readonly string[] SurnameEnds =
    [
        "gaard", "sen", "berg", "strøm", "lund", "by", "ley", "ton", "field", "man", "mann", "er", "ov", "ova", "enko", "ard", "ier",
        "i", "ez", "ani", "oto", "ström", "bakken", "",
    ];

    private static readonly string[] Syllables =
    [
        "nor", "vel", "mar", "ost", "ra", "da", "lun", "brek", "al", "dren", "kas", "ti", "vo", "sel", "ma", "gor", "an", "ther",
        "quil", "ben", "zar", "ul", "fen", "ri", "ka", "lo", "pra", "mon", "te", "sa", "vik", "hal",
    ];

    private static readonly string[] OrganisationKinds =
    [
        "Energy", "Group", "Holdings", "Institute", "Union", "Alliance", "Council", "Shipping", "Bank", "Foundation", "Party", "Federation",
    ];

    private static readonly string[] CitySuffixes = ["vik", "stad", "borg", "heim", "ville", "ton", "by", "havn", "dorf", "port"];

    private static readonly string[] RealAgencies = ["Reuters", "AFP", "Ritzau", "NTB", "TT", "dpa", "Interfax"];

    public CorpusVocabulary(int seed, string lexiconsPath)
    {
        var random = new Random(seed);
        People = Distinct(20_000, () => FirstNames[random.Next(FirstNames.Length)] + " " + Surname(random));
        Organisations = Distinct(3_000, () => Capitalise(Word(random, 2, 3)) + " " + OrganisationKinds[random.Next(OrganisationKinds.Length)]);
        Cities = Distinct(2_000, () => Capitalise(Word(random, 1, 2) + CitySuffixes[random.Next(CitySuffixes.Length)]));
        Agencies = [.. RealAgencies, .. Distinct(40, () => Word(random, 2, 2).ToUpperInvariant()[..3])];
        Countries = LoadCountries(Path.Combine(lexiconsPath, "entities", "cldr-territories.json"));
    }

    public IReadOnlyList<string> People { get; }

    public IReadOnlyList<string> Organisations { get; }

    public IReadOnlyList<string> Cities { get; }

    public IReadOnlyList<string> Agencies { get; }

    /// <summary>Country names per language code, index-aligned across languages.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Countries { get; }

    public int CountryCount => Countries["en"].Count;

    private static string Surname(Random random) =>
        SurnameStems[random.Next(SurnameStems.Length)] + SurnameEnds[random.Next(SurnameEnds.Length)];

    private static string Word(Random random, int min, int max)
    {
        var count = random.Next(min, max + 1);
        var word = string.Empty;
        for (var i = 0; i < count; i++)
        {
            word += Syllables[random.Next(Syllables.Length)];
        }

        return word;
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static List<string> Distinct(int target, Func<string> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>(target);
        for (var attempts = 0; result.Count < target && attempts < target * 20; attempts++)
        {
            var candidate = next();
            if (seen.Add(candidate))
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    private static Dictionary<string, IReadOnlyList<string>> LoadCountries(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var codes = CorpusLanguages.All.Select(l => l.Code).ToList();
        var lists = codes.ToDictionary(c => c, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            if (!entry.TryGetProperty("names", out var names) || codes.Any(c => !names.TryGetProperty(c, out var n) || n.GetArrayLength() == 0))
            {
                continue;
            }

            foreach (var code in codes)
            {
                lists[code].Add(names.GetProperty(code)[0].GetString()!);
            }
        }

        return lists.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }
}
