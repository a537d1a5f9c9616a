using System.Text.Json.Nodes;
using ClaimBot.Training.Suites;

namespace ClaimBot.Training.Learning;

/// <summary>Writes each suite's held-out items as an eval file of its own, so run_eval.py can score the held-out half through the CLI.</summary>
public static class HeldOutFiles
{
    public static void Write(IEnumerable<Suite> suites, string dir)
    {
        Directory.CreateDirectory(dir);
        foreach (var suite in suites)
        {
            var root = JsonNode.Parse(File.ReadAllText(suite.EvalPath))!.AsObject();
            var file = EvalFile.Load(suite.EvalPath);
            var heldOut = file.Items.Where(i => !Split.IsTrain(suite.Name, i.SplitKey)).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var kind in new[] { "ask", "check", "compare" })
            {
                if (root[kind] is JsonArray list)
                {
                    var kept = list.Where(n => heldOut.Contains(n!["id"]!.GetValue<string>())).Select(n => n!.DeepClone()).ToArray();
                    root[kind] = new JsonArray(kept);
                }
            }

            File.WriteAllText(Path.Combine(dir, suite.Name + ".json"), root.ToJsonString());
        }
    }
}
