using System.Globalization;
using System.Text.Json.Nodes;
using ClaimBot.Core.Judging;
using ClaimBot.Training.Suites;

namespace ClaimBot.Training.Learning;

/// <summary>
/// <c>learn</c>: judges every ask and check item of the development suites with the current engine, labels the
/// candidates from the items, fits the relevance, supports and refutes models on the train half (penalty by 5-fold
/// cross-validation), chooses the operating points on the train half, prints the held-out half's figures and writes
/// the model file (with those figures in it).
/// </summary>
public sealed class LearnCommand(TextWriter log)
{
    private static readonly string[][] Families = [["seeds"], ["dev-corpus"], ["xquad-en-en", "xquad-de-de", "xquad-en-de", "squad-sv"], ["norquad"]];
    private const int OutOfScopePerSuite = 40;

    public async Task<int> RunAsync(LearnArguments args, CancellationToken cancellationToken)
    {
        var baseline = EngineModelLoader.Load(args.ModelPath);
        var suites = Suite.All(args.EvalDir, args.SeedsDir).Where(s => args.Suites.Count == 0 || args.Suites.Contains(s.Name)).ToList();
        var items = new List<JudgedItem>();
        var questions = new Dictionary<string, List<EvalItem>>();
        foreach (var suite in suites)
        {
            var file = EvalFile.Load(suite.EvalPath);
            var chosen = file.Items.Where(i => i.Kind is "ask" or "check").GroupBy(i => i.Kind).SelectMany(g => g.Take(args.Limit)).ToList();
            questions[suite.Name] = chosen.Where(i => i.Kind == "ask" && !i.Abstain).ToList();
            await using var workspace = await SuiteWorkspace.OpenAsync(suite, args.StoreDir, args.ModelPath, cancellationToken);
            var done = 0;
            foreach (var item in chosen)
            {
                items.Add(await JudgeAsync(workspace, suite.Name, file.CitePrefix, item, outOfScope: false, cancellationToken));
                if (++done % 100 == 0)
                {
                    await log.WriteLineAsync($"{suite.Name}: {done}/{chosen.Count}");
                }
            }

            await log.WriteLineAsync($"{suite.Name}: {chosen.Count} items judged");
        }

        // Questions of another topic, asked over each QA corpus: what the engine must abstain on.
        foreach (var suite in suites.Where(s => questions.GetValueOrDefault(s.Name)?.Count > 0))
        {
            var family = Families.FirstOrDefault(f => f.Contains(suite.Name)) ?? [suite.Name];
            var foreign = questions.Where(q => !family.Contains(q.Key)).SelectMany(q => q.Value.Take(OutOfScopePerSuite / 2)).Take(OutOfScopePerSuite).ToList();
            await using var workspace = await SuiteWorkspace.OpenAsync(suite, args.StoreDir, args.ModelPath, cancellationToken);
            var prefix = EvalFile.Load(suite.EvalPath).CitePrefix;
            foreach (var item in foreign)
            {
                items.Add(await JudgeAsync(workspace, suite.Name, prefix, item with { Id = "oos:" + item.Id, Cite = [], AnswerAny = [], Mention = [] }, outOfScope: true, cancellationToken));
            }
        }

        if (args.DumpPath is not null)
        {
            FeatureDump.Write(items, args.DumpPath);
        }

        var train = items.Where(i => i.Train).ToList();
        var relevance = Fit(train, i => i.Relevant, "relevance");
        var supports = Fit(train, i => i.Supports, "supports");
        var refutes = Fit(train, i => i.Refutes, "refutes");
        var rescored = items.Select(i => i with
        {
            Judgements = i.Judgements.Select(j => j with
            {
                Relevance = relevance.Model.Probability(j.Analysis.Features),
                Supports = supports.Model.Probability(j.Analysis.Features),
                Refutes = refutes.Model.Probability(j.Analysis.Features),
            }).ToList(),
        }).ToList();

        var asks = rescored.Where(i => i.Item.Kind == "ask").ToList();
        var checks = rescored.Where(i => i.Item.Kind == "check").ToList();
        var (answer, cite, askObjective) = OperatingPoints.ChooseAsk(asks.Where(i => i.Train).ToList(), j => j.Relevance);
        var thresholds = baseline.Thresholds with { Answer = answer, Cite = cite, Evidence = cite, Topic = cite };
        var (supportsAt, refutesAt, checkObjective) = OperatingPoints.ChooseCheck(checks.Where(i => i.Train).ToList(), thresholds);
        thresholds = thresholds with { Supports = supportsAt, Refutes = refutesAt, SameFact = supportsAt };
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"operating points: answer {answer:0.000} cite {cite:0.000} (train objective {askObjective:0.000}); supports {supportsAt:0.000} refutes {refutesAt:0.000} (train mean accuracy {checkObjective:0.000})"));

        var report = Report.Build(rescored, thresholds);
        foreach (var line in report.Lines)
        {
            await Console.Out.WriteLineAsync(line);
        }

        var model = new EngineModel(baseline.Retrieval, relevance.Model, supports.Model, refutes.Model, thresholds);
        var notes = new JsonObject
        {
            ["command"] = "dotnet run -c Release --project tests/ClaimBot.Training -- learn",
            ["split"] = "by source, FNV-1a hash of suite/source: even = train, odd = held out",
            ["penalties"] = new JsonObject { ["relevance"] = relevance.Penalty, ["supports"] = supports.Penalty, ["refutes"] = refutes.Penalty },
            ["trainRows"] = new JsonObject { ["relevance"] = relevance.Rows, ["supports"] = supports.Rows, ["refutes"] = refutes.Rows },
            ["heldOut"] = report.HeldOut,
        };
        await File.WriteAllTextAsync(args.OutPath, EngineModelLoader.Write(model, notes) + "\n", cancellationToken);
        await log.WriteLineAsync($"wrote {args.OutPath}");
        if (args.SplitsDir is not null)
        {
            HeldOutFiles.Write(suites, items, args.SplitsDir);
            await log.WriteLineAsync($"held-out eval files in {args.SplitsDir}");
        }

        return 0;
    }

    private static async Task<JudgedItem> JudgeAsync(SuiteWorkspace workspace, string suite, int prefix, EvalItem item, bool outOfScope, CancellationToken cancellationToken)
    {
        var kind = item.Kind == "ask" ? Core.Retrieval.QueryKind.Question : Core.Retrieval.QueryKind.Statement;
        var set = await workspace.Search.SearchAsync(item.Text, kind, cancellationToken);
        var prefixes = set.Judgements.Select(j => Prefix(workspace.SourceFiles.GetValueOrDefault(j.Claim.SourceId) ?? j.Claim.SourceId, prefix)).ToList();
        var relevant = item.Kind == "ask" ? Labeler.Relevance(item, outOfScope, set.Judgements, prefixes) : new bool?[set.Judgements.Count];
        var (supports, refutes) = item.Kind == "check" ? Labeler.Stances(item, set.Judgements, prefixes) : (new bool?[set.Judgements.Count], new bool?[set.Judgements.Count]);
        return new JudgedItem(suite, item, Split.IsTrain(suite, item.SplitKey), outOfScope, set.Judgements, prefixes, relevant, supports, refutes);
    }

    private static string Prefix(string file, int length) => file.Length > length ? file[..length] : file;

    private (LogisticModel Model, double Penalty, int Rows) Fit(List<JudgedItem> train, Func<JudgedItem, IReadOnlyList<bool?>> labels, string name)
    {
        var x = new List<double[]>();
        var y = new List<bool>();
        var group = new List<int>();
        for (var n = 0; n < train.Count; n++)
        {
            var item = train[n];
            var itemLabels = labels(item);
            for (var i = 0; i < item.Judgements.Count; i++)
            {
                if (itemLabels[i] is { } label)
                {
                    x.Add([.. item.Judgements[i].Analysis.Features.Values]);
                    y.Add(label);
                    group.Add(n);
                }
            }
        }

        var (model, penalty, loss) = LogisticTrainer.FitWithCv(x, y, group);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {x.Count} rows ({y.Count(v => v)} positive), penalty {penalty}, cv log-loss {loss:0.0000}"));
        return (model, penalty, x.Count);
    }
}
