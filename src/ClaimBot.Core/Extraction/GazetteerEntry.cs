namespace ClaimBot.Core.Extraction;

/// <summary>One known entity: language-neutral id, type, and its names and adjective forms per language.</summary>
public sealed record GazetteerEntry
{
    public string Id { get; init; } = "";
    public string Type { get; init; } = "";
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Names { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Adjectives { get; init; }

    /// <summary>The English name, else any name: what users see.</summary>
    public string DisplayName =>
        Names.TryGetValue("en", out var en) && en.Count > 0 ? en[0] : Names.Values.SelectMany(v => v).FirstOrDefault() ?? Id;
}
