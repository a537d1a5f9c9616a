namespace ClaimBot.Core.Extraction;

/// <summary>The hand-written cues of one language, loaded from <c>Lexicons/languages/{code}.json</c>.</summary>
public sealed record LanguageLexicon
{
    public string Language { get; init; } = "und";
    public IReadOnlyList<string> ReportingVerbs { get; init; } = [];
    public IReadOnlyList<string> AttributionPrepositions { get; init; } = [];
    public IReadOnlyList<string> QuotedAsSaying { get; init; } = [];
    public IReadOnlyList<string> PreviousSentenceAttributions { get; init; } = [];
    public IReadOnlyList<string> ImpersonalAttributions { get; init; } = [];
    public IReadOnlyList<string> SpeakerStopWords { get; init; } = [];
    /// <summary>English glosses of function words the bilingual dictionaries lack (quantifiers like "intet" = "nothing").</summary>
    public IReadOnlyDictionary<string, string> Glosses { get; init; } = new Dictionary<string, string>();
    /// <summary>Words that join the items of a list ("and", "og", "und"): an answer phrase keeps a coordinated list whole.</summary>
    public IReadOnlyList<string> Conjunctions { get; init; } = [];

    /// <summary>Auxiliaries of the passive ("was invited", "blev inviteret", "wurde eingeladen"): the closed class that
    /// tells "who was invited" (the one acted on) from "who invited" (the actor).</summary>
    public IReadOnlyList<string> PassiveAuxiliaries { get; init; } = [];

    /// <summary>Prepositions that put what follows as the place of an event ("in", "at", "i", "på", "im", "à"): see <see cref="Judging.PlaceMentions"/>.</summary>
    public IReadOnlyList<string> LocativePrepositions { get; init; } = [];

    /// <summary>Pronouns that open a relative clause describing the name before them ("Aronson, who is the US envoy", "som er").</summary>
    public IReadOnlyList<string> RelativePronouns { get; init; } = [];

    /// <summary>Forms of "to be" ("is", "er", "är", "ist", "est"): "who is X" asks what X is.</summary>
    public IReadOnlyList<string> Copulas { get; init; } = [];
    public IReadOnlyList<string> NegationCues { get; init; } = [];
    public IReadOnlyList<string> HedgeCues { get; init; } = [];
    public IReadOnlyList<string> RoleWords { get; init; } = [];

    /// <summary>Words that make a capitalised name a place or institution rather than a person ("South Pacific", "White House").</summary>
    public IReadOnlyList<string> PlaceWords { get; init; } = [];
    public PronounSet Pronouns { get; init; } = new();
    public IReadOnlyDictionary<string, IReadOnlyList<string>> QuestionWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyDictionary<string, IReadOnlyList<string>> TypeNouns { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyDictionary<string, int> NumberWords { get; init; } = new Dictionary<string, int>();

    /// <summary>Words that multiply the number before them ("six million", "220 tusind"), and abbreviations of them ("mio", "mrd").</summary>
    public IReadOnlyDictionary<string, long> ScaleWords { get; init; } = new Dictionary<string, long>();

    /// <summary>
    /// Words before a number that say how it is meant, by <see cref="Retrieval.NumberBound"/> ("approximately": "about",
    /// "rundt"; "atLeast": "more than", "mindst"; "atMost": "less than", "höchstens"; a key that names no bound fails
    /// the load). They qualify the number and are not content of their own.
    /// </summary>
    public IReadOnlyDictionary<Retrieval.NumberBound, IReadOnlyList<string>> NumberQualifiers { get; init; } = new Dictionary<Retrieval.NumberBound, IReadOnlyList<string>>();
    public IReadOnlyDictionary<string, int> RelativeDays { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> RelativeMonths { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> RelativeYears { get; init; } = new Dictionary<string, int>();
    public IReadOnlyList<string> Abbreviations { get; init; } = [];
    public IReadOnlyList<string> Boilerplate { get; init; } = [];
    public IReadOnlyList<string> EndOfArticleMarkers { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<string>> Antonyms { get; init; } = [];
    public IReadOnlyDictionary<string, string> Templates { get; init; } = new Dictionary<string, string>();

    /// <summary>A reply template by key ("noAnswer", "according", ...), in this language.</summary>
    public string Template(string key) =>
        Templates.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"Lexicon '{Language}' has no template '{key}'.");
}
