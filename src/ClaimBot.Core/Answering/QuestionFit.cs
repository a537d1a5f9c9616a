using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Answering;

/// <summary>
/// How well a claim fits the kind of question asked, from claim metadata rather than raw text: a "who" question wants a
/// person or speaker, "when" a date, "where" a place, "how many" a number, "which countries" country entities, and a
/// question naming a person prefers that person's own statements.
/// </summary>
public sealed class QuestionFit(LexiconCatalog lexicons)
{
    private const double TypeBonus = 0.2;
    private const double SpeakerBonus = 0.25;
    private const int NearbyWindow = 6;

    public double Bonus(AnalyzedQuery query, Claim claim)
    {
        var bonus = TypeBonus * TypeFit(query, claim);
        if (SpeakerNamed(query, claim))
        {
            bonus += SpeakerBonus;
            if (query.Type == QuestionType.Who && claim.Speaker!.Role is { } role && claim.Text.Contains(role, StringComparison.OrdinalIgnoreCase))
            {
                bonus += TypeBonus;
            }
        }

        return bonus;
    }

    /// <summary>"Sergey Lavrov, Foreign Minister" for "Who is Sergey Lavrov?" when the claim itself states the role.</summary>
    public string? RoleSentence(AnalyzedQuery query, Claim claim, string language)
    {
        if (query.Type != QuestionType.Who || !SpeakerNamed(query, claim) || claim.Speaker!.Role is not { } role
            || !claim.Text.Contains(role, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var template = lexicons.For(language).Template("speakerRole");
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, template, claim.Speaker.Name, role);
    }

    /// <summary>
    /// For "which countries …" answered by a claim that only says "the three countries": the nearest claim of the same
    /// source that names entities of that kind (preferring as many as the answer's own number says).
    /// </summary>
    public async Task<(Claim Claim, IReadOnlyList<string> Names)?> NamedEntitiesNearbyAsync(
        AnalyzedQuery query, IReadOnlyList<Claim> selected, IClaimStore store, CancellationToken cancellationToken)
    {
        if (query.ExpectedEntityType is not { } type || selected.Count == 0)
        {
            return null;
        }

        // Complete when the answer names as many entities of the kind as it says there are ("the three countries": three).
        var anchor = selected[0];
        var named = selected.SelectMany(c => NewEntities(query, c, type)).Distinct().Count();
        var said = anchor.Numbers.Select(n => int.TryParse(n, out var v) ? v : 0).DefaultIfEmpty(0).Max();
        if (named > 0 && named >= said)
        {
            return null;
        }

        var claims = await store.GetClaimsAsync(anchor.SourceId, cancellationToken);
        var index = claims.ToList().FindIndex(c => c.Id == anchor.Id);
        var expectedCount = said;
        var best = claims
            .Select((c, i) => (Claim: c, Distance: Math.Abs(i - index), Names: NewEntities(query, c, type)))
            .Where(x => x.Distance is > 0 and <= NearbyWindow && x.Names.Count >= 2)
            .OrderBy(x => x.Distance - (x.Names.Count == expectedCount ? NearbyWindow : 0))
            .ThenBy(x => x.Claim.Start)
            .FirstOrDefault();
        return best.Claim is null ? null : (best.Claim, best.Names);
    }

    private static List<string> NewEntities(AnalyzedQuery query, Claim claim, string type) =>
        claim.Entities.Where(e => e.Type == type && !query.EntityIds.Contains(e.Id))
            .Select(e => SurfaceIn(claim.Text, e) ?? e.Name).Distinct().ToList();

    // The name as the claim writes it ("Tyrkiet"), so the reply quotes the source's own words.
    private static string? SurfaceIn(string text, EntityRef entity) =>
        text.Contains(entity.Name, StringComparison.OrdinalIgnoreCase) ? entity.Name : null;

    private static double TypeFit(AnalyzedQuery query, Claim claim)
    {
        var others = claim.Entities.Where(e => !query.EntityIds.Contains(e.Id)).ToList();
        if (query.ExpectedEntityType is { } expected)
        {
            return others.Any(e => e.Type == expected) ? 1 : 0;
        }

        return query.Type switch
        {
            QuestionType.Who => claim.Speaker is not null || others.Any(e => e.Type == "person") ? 1 : 0,
            QuestionType.When => claim.Dates.Count > 0 ? 1 : 0,
            QuestionType.Where => others.Any(e => e.Type is "city" or "country" or "location") ? 1 : 0,
            QuestionType.HowMany => claim.Numbers.Count > 0 ? 1 : 0,
            _ => 0.5,
        };
    }

    private static bool SpeakerNamed(AnalyzedQuery query, Claim claim) =>
        claim.Speaker is { } speaker && query.Concepts.Any(c => c.Kind == ConceptKind.Name
            && speaker.Name.Contains(c.Surface.Split(' ')[^1], StringComparison.OrdinalIgnoreCase));
}
