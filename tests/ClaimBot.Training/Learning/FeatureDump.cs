using System.Globalization;
using ClaimBot.Core.Judging;

namespace ClaimBot.Training.Learning;

/// <summary>Writes every labelled (item, candidate) pair with its features as TSV, for looking at what separates the classes.</summary>
public static class FeatureDump
{
    public static void Write(IReadOnlyList<JudgedItem> items, string path)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("suite\titem\tkind\tverdict\ttrain\toos\trank\trelevant\tsupports\trefutes\tclaim\t" + string.Join('\t', Enum.GetNames<Feature>()));
        foreach (var item in items)
        {
            for (var i = 0; i < item.Judgements.Count; i++)
            {
                var j = item.Judgements[i];
                writer.WriteLine(string.Join('\t', new[]
                {
                    item.Suite, item.Item.Id, item.Item.Kind, item.Item.Verdict ?? "", item.Train ? "1" : "0", item.OutOfScope ? "1" : "0",
                    i.ToString(CultureInfo.InvariantCulture), Label(item.Relevant[i]), Label(item.Supports[i]), Label(item.Refutes[i]),
                    j.Claim.Text.Replace('\t', ' ').Replace('\n', ' '),
                }.Concat(j.Analysis.Features.Values.Select(v => v.ToString("0.####", CultureInfo.InvariantCulture)))));
            }
        }
    }

    private static string Label(bool? label) => label switch { true => "1", false => "0", _ => "" };
}
