using System.Collections.Frozen;
using System.Text.Json;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Extraction;

/// <summary>
/// Links names of countries (CLDR), organisations, cities and agencies (hand-written gazetteer) to language-neutral ids,
/// so Rusland/Russia, Genève/Geneva/Genf and FN/UN/ONU are one entity each.
/// </summary>
public sealed partial class EntityGazetteer
{
    private const int MaxNameTokens = 6;
    private readonly FrozenDictionary<string, List<Surface>> _surfaces;
    private readonly FrozenDictionary<string, GazetteerEntry> _entries;

    public EntityGazetteer(IOptions<LexiconOptions> options)
    {
        var folder = Path.Combine(options.Value.Path, "entities");
        var merged = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var file in new[] { "cldr-territories.json", "cldr-cities.json", "gazetteer.json" })
        {
            var path = Path.Combine(folder, file);
            var entries = JsonSerializer.Deserialize<List<GazetteerEntry>>(File.ReadAllText(path), JsonSerializerOptions.Web)
                ?? throw new InvalidDataException($"Entity file '{path}' is empty.");
            foreach (var entry in entries)
            {
                merged[entry.Id] = merged.TryGetValue(entry.Id, out var existing) ? Merge(existing, entry) : entry;
            }
        }

        _entries = merged.ToFrozenDictionary(StringComparer.Ordinal);
        var surfaces = new Dictionary<string, List<Surface>>(StringComparer.Ordinal);
        foreach (var entry in merged.Values)
        {
            AddSurfaces(surfaces, entry, entry.Names, isAdjective: false);
            if (entry.Adjectives is not null)
            {
                AddSurfaces(surfaces, entry, entry.Adjectives, isAdjective: true);
            }
        }

        _surfaces = surfaces.ToFrozenDictionary(StringComparer.Ordinal);
        _firstWords = surfaces.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    // First words of every known name: most tokens start no name, and are rejected with one lookup.
    private readonly FrozenSet<string> _firstWords;

    private bool MayStartName(string word, string language)
    {
        var bare = StripPossessive(StripElision(word, language));
        var key = Key(bare);
        var hyphen = key.IndexOf('-', StringComparison.Ordinal);
        return _firstWords.Contains(key) || (hyphen > 0 && _firstWords.Contains(key[..hyphen]))
            || ((key.Length > 3 || NameForms.IsAcronymGenitive(bare)) && key.EndsWith('s') && _firstWords.Contains(key[..^1]));
    }

    /// <summary>The entry behind an id, or null.</summary>
    public GazetteerEntry? Find(string id) => _entries.GetValueOrDefault(id);

    /// <summary>Finds known entities in tokens of a text in <paramref name="language"/>, longest match first.</summary>
    public List<EntityMention> Match(IReadOnlyList<Token> tokens, string language)
    {
        var found = new List<EntityMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var match = LongestAt(tokens, i, language);
            if (match is null)
            {
                i++;
                continue;
            }

            found.Add(match);
            i = match.EndToken;
        }

        return found;
    }

    private EntityMention? LongestAt(IReadOnlyList<Token> tokens, int start, string language)
    {
        var longest = MayStartName(tokens[start].Text, language) ? Math.Min(MaxNameTokens, tokens.Count - start) : 0;
        if (longest == 0)
        {
            return LookupDemonym(tokens[start].WithoutPossessive, language) is { } demonym
                ? new EntityMention(new EntityRef(demonym.Entry.Id, demonym.Entry.DisplayName, demonym.Entry.Type), start, start + 1, true)
                : null;
        }

        for (var length = longest; length >= 1; length--)
        {
            var words = tokens.Skip(start).Take(length).Select(t => t.Text).ToArray();
            words[0] = StripElision(words[0], language);
            words[^1] = StripPossessive(words[^1]);
            var hit = Lookup(words, language) ?? LookupCompoundHead(words, length, language) ?? LookupGenitive(words, language)
                ?? (length == 1 ? LookupDemonym(words[0], language) : null);
            if (hit is not null)
            {
                return new EntityMention(new EntityRef(hit.Entry.Id, hit.Entry.DisplayName, hit.Entry.Type), start, start + length, hit.IsAdjective);
            }
        }

        return null;
    }

    private Surface? Lookup(string[] words, string language)
    {
        var key = Key(string.Join(' ', words));
        if (!_surfaces.TryGetValue(key, out var candidates))
        {
            return null;
        }

        var original = string.Join(' ', words);
        return candidates.FirstOrDefault(s => s.Accepts(original, language));
    }

    // "FN-ledelse", "US-Präsident": the first part of a hyphenated compound names the entity.
    private Surface? LookupCompoundHead(string[] words, int length, string language)
    {
        if (length != 1 || !words[0].Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        var head = words[0][..words[0].IndexOf('-', StringComparison.Ordinal)];
        return head.Length >= 2 ? Lookup([head], language) : null;
    }

    // Scandinavian and German genitive: "Syriens", "Kasakhstans".
    private Surface? LookupGenitive(string[] words, string language)
    {
        if (!NameForms.MayBeGenitive(words[^1], language))
        {
            return null;
        }

        var stripped = (string[])words.Clone();
        stripped[^1] = stripped[^1][..^1];
        return Lookup(stripped, language);
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;

    private static string Key(string surface) => TextAnalyzer.Fold(surface.ToLowerInvariant()).Replace('’', '\'');

    private static GazetteerEntry Merge(GazetteerEntry a, GazetteerEntry b) => a with
    {
        Type = string.IsNullOrEmpty(b.Type) ? a.Type : b.Type,
        Names = Union(a.Names, b.Names),
        Adjectives = Union(a.Adjectives ?? new Dictionary<string, IReadOnlyList<string>>(), b.Adjectives ?? new Dictionary<string, IReadOnlyList<string>>()),
    };

    private static Dictionary<string, IReadOnlyList<string>> Union(
        IReadOnlyDictionary<string, IReadOnlyList<string>> a, IReadOnlyDictionary<string, IReadOnlyList<string>> b) =>
        a.Keys.Union(b.Keys).ToDictionary(
            k => k,
            k => (IReadOnlyList<string>)[.. (a.GetValueOrDefault(k) ?? []).Concat(b.GetValueOrDefault(k) ?? []).Distinct()]);

    private static void AddSurfaces(Dictionary<string, List<Surface>> surfaces, GazetteerEntry entry,
        IReadOnlyDictionary<string, IReadOnlyList<string>> byLanguage, bool isAdjective)
    {
        var languagesPerName = byLanguage.SelectMany(p => p.Value.Select(name => (name, lang: p.Key)))
            .GroupBy(x => x.name, StringComparer.Ordinal);
        foreach (var group in languagesPerName)
        {
            var key = Key(group.Key);
            if (!surfaces.TryGetValue(key, out var list))
            {
                list = [];
                surfaces[key] = list;
            }

            list.Add(new Surface(entry, group.Key, [.. group.Select(x => x.lang)], isAdjective));
        }
    }

    private sealed record Surface(GazetteerEntry Entry, string Name, string[] Languages, bool IsAdjective)
    {
        // Short or all-caps names ("US", "IS", "FN") only match with their exact case, so "us" and "is" stay words;
        // proper names must be capitalised; a name from another language only matches when English or the
        // document's language also uses it, so "Island" (Iceland in German) is not an English island.
        public bool Accepts(string original, string language)
        {
            var exactCase = Name.Length <= 3 || Name.All(c => !char.IsLetter(c) || char.IsUpper(c));
            if (exactCase && !string.Equals(original.Replace('’', '\''), Name, StringComparison.Ordinal))
            {
                return false;
            }

            if (!IsAdjective && !char.IsUpper(original[0]))
            {
                return false;
            }

            // Danish and Bokmål are told apart unreliably on a short sentence, and each writes the other's names.
            var sibling = language switch { "da" => "nb", "nb" => "da", _ => null };
            return Languages.Contains(language) || Languages.Contains("en") || Languages.Length > 1 || (sibling is not null && Languages.Contains(sibling));
        }
    }
}
