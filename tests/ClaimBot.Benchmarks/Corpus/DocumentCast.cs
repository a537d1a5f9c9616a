namespace ClaimBot.Benchmarks.Corpus;

/// <summary>Who and what one synthetic document is about: its language, people with roles, countries, organisation, agency, city and date.</summary>
internal sealed record DocumentCast(
    CorpusLanguage Language,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Roles,
    string Country,
    string OtherCountry,
    string Organisation,
    string Agency,
    string City,
    DateOnly Date,
    string Topic,
    string Verb,
    int Number);
