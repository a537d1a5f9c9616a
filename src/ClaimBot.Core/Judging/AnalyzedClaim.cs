using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>A claim with its words analysed for alignment, and where its entities stand.</summary>
/// <param name="EntityAt">For each word, the id of the gazetteer entity it is part of, or null.</param>
/// <param name="NumberAt">For each word, the normalised value of the number it is part of, or null.</param>
/// <param name="NegationAt">Word indexes of negation cues.</param>
/// <param name="HedgeAt">Word indexes where a hedge cue starts ("may", "expected to", "angiveligt").</param>
/// <param name="SpeakerEntityIds">Entities of the speaker's name and role ("Iranian Foreign Minister" → Iran): who "we" is.</param>
public sealed record AnalyzedClaim(
    Claim Claim,
    IReadOnlyList<AnalyzedWord> Words,
    IReadOnlyList<string?> EntityAt,
    IReadOnlyList<string?> NumberAt,
    IReadOnlyList<int> NegationAt,
    IReadOnlyList<int> HedgeAt,
    IReadOnlyList<int> FirstPersonAt,
    IReadOnlyList<string> SpeakerEntityIds,
    IReadOnlyList<string> SpeakerWords)
{
    public IEnumerable<string> EntityIds => Claim.Entities.Select(e => e.Id);

    /// <summary>Word indexes of the places the claim names after a locative preposition (<see cref="PlaceMentions"/>).</summary>
    public IReadOnlySet<int> Places { get; init; } = new HashSet<int>();

    /// <summary>Word indexes where a gazetteer entity is named by its adjective ("Colombian", "Syrian"): the entity is meant, but the word names no place.</summary>
    public IReadOnlySet<int> DemonymAt { get; init; } = new HashSet<int>();

    /// <summary>For a word that is part of a person's name the claim mentions, that person's id (also at the sentence start, where the capital says nothing).</summary>
    public IReadOnlyDictionary<int, string> PersonAt { get; init; } = new Dictionary<int, string>();

    /// <summary>The name keys of each person the claim mentions, by id, from the full name the document gives ("Berit Reiss-Andersen" → berit, reisandersen).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> PersonNameKeys { get; init; } = new Dictionary<string, IReadOnlySet<string>>();

    /// <summary>
    /// For a word that names a person whose role the document gives, the role's terms (content stems and entity terms):
    /// "Londono" after "Rodrigo Londono, leader of the … (FARC)" → leader, …, farc. Lets "the FARC leader" be Londono.
    /// </summary>
    public IReadOnlyDictionary<int, IReadOnlySet<string>> RoleTermsAt { get; init; } = new Dictionary<int, IReadOnlySet<string>>();
}
