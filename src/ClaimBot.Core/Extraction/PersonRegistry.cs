using ClaimBot.Core.Claims;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Extraction;

/// <summary>
/// The people a document names, so later short mentions resolve to the fullest name and role the document gives:
/// "Lavrov" after "Foreign Minister Sergey Lavrov" is "Sergey Lavrov, Foreign Minister".
/// </summary>
public sealed class PersonRegistry
{
    private readonly Dictionary<string, Speaker> _byFullName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _fullNameByPart = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The person most recently named as a speaker (for "he said").</summary>
    public Speaker? LastSpeaker { get; private set; }

    public void Add(string name, string? role)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return;
        }

        if (parts.Length == 1 && _fullNameByPart.TryGetValue(name, out var known))
        {
            name = known;
        }

        if (_byFullName.TryGetValue(name, out var existing))
        {
            if (existing.Role is null && role is not null)
            {
                _byFullName[name] = existing with { Role = role };
            }

            return;
        }

        _byFullName[name] = new Speaker(name, role);
        if (parts.Length > 1)
        {
            _fullNameByPart.TryAdd(parts[^1], name);
            _fullNameByPart.TryAdd(string.Join(' ', parts[1..]), name);
        }
    }

    /// <summary>The fullest known form of a name (and its role), or the name itself.</summary>
    public Speaker Resolve(string name, string? role)
    {
        var full = _fullNameByPart.TryGetValue(name, out var longer) ? longer : name;
        var known = _byFullName.GetValueOrDefault(full);
        return new Speaker(full, role ?? known?.Role);
    }

    public bool IsKnown(string name) => _byFullName.ContainsKey(name) || _fullNameByPart.ContainsKey(name);

    public void Spoke(Speaker speaker) => LastSpeaker = speaker;

    /// <summary>Language-neutral id of a person: "person:" and the folded full name.</summary>
    public static string IdFor(string fullName) =>
        "person:" + string.Join('-', WordTokenizer.Tokenize(TextAnalyzer.Fold(fullName.ToLowerInvariant())).Select(t => t.Text.Replace('\'', '-')));
}
