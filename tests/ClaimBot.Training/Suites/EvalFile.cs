using System.Text.Json;

namespace ClaimBot.Training.Suites;

/// <summary>An eval file: its items by kind and how many characters of a file name identify a source.</summary>
public sealed record EvalFile(int CitePrefix, IReadOnlyList<EvalItem> Items)
{
    public static EvalFile Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var prefix = root.TryGetProperty("cite_prefix", out var p) ? p.GetInt32() : 3;
        var items = new List<EvalItem>();
        foreach (var (kind, field) in new[] { ("ask", "q"), ("check", "s"), ("compare", "topic") })
        {
            if (!root.TryGetProperty(kind, out var list))
            {
                continue;
            }

            foreach (var item in list.EnumerateArray())
            {
                items.Add(new EvalItem(
                    item.GetProperty("id").GetString() ?? "",
                    kind,
                    (item.GetProperty(field).GetString() ?? "").Replace('\n', ' '),
                    Groups(item, "mention"),
                    Strings(item, "answer_any"),
                    Strings(item, "cite"),
                    Groups(item, "cite_any"),
                    item.TryGetProperty("verdict", out var v) ? v.GetString() : null,
                    item.TryGetProperty("binary", out var b) && b.GetBoolean(),
                    item.TryGetProperty("abstain", out var a) && a.GetBoolean()));
            }
        }

        return new EvalFile(prefix, items);
    }

    private static List<string> Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];

    // A flat list of strings is one group, as run_eval.py reads cite_any.
    private static List<IReadOnlyList<string>> Groups(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            return [];
        }

        if (value.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String))
        {
            return [value.EnumerateArray().Select(x => x.GetString()!).ToList()];
        }

        return value.EnumerateArray().Select(g => (IReadOnlyList<string>)g.EnumerateArray().Select(x => x.GetString()!).ToList()).ToList();
    }
}
