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
    private const int TopicCandidates = 120;

    // Relevance is whether a claim is about what was asked; whether it agrees is the stance models' business, so the
    // conflict features stay out of it (a question's "2016 prize" is still answered by "last year's agreement ...").
    // Another actor, a missing name or another speaker means a claim does not support a statement, not that it
    // refutes it ("Merkel sent congratulations" says nothing against "Uribe sent congratulations").
    private static readonly Feature[] RefuteFeatures = Enum.GetValues<Feature>().Except(
    [
        Feature.NameConflict, Feature.NameConflictTimesCoverage, Feature.ActorMismatch, Feature.ActorMismatchTimesCoverage,
        Feature.SpecificMissing, Feature.SpeakerMismatch,
    ]).ToArray();

    private static readonly Feature[] RelevanceFeatures =
    [
        Feature.SentenceBm25, Feature.DocumentBm25, Feature.SentenceShare, Feature.DocumentShare, Feature.Coverage, Feature.ContextGain,
        Feature.ExactCoverage, Feature.SpecificCoverage, Feature.SpecificMissing, Feature.UnalignedIdf, Feature.MaxUnalignedIdf,
        Feature.WordCoverage, Feature.OrderAgreement, Feature.AnswerType, Feature.Novelty, Feature.CrossLingual, Feature.Lead, Feature.Length, Feature.Attributed,
    ];

    public async Task<int> RunAsync(LearnArguments args, CancellationToken cancellationToken)
    {
        var baseline = EngineModelLoader.Load(args.ModelPath);
        var suites = Suite.All(args.EvalDir, args.SeedsDir).Where(s => args.Suites.Count == 0 || args.Suites.Contains(s.Name)).ToList();
        var items = new List<JudgedItem>();
        var questions = new Dictionary<string, List<EvalItem>>();
        foreach (var suite in suites)
        {
            var file = EvalFile.Load(suite.EvalPath);
            var chosen = file.Items.GroupBy(i => i.Kind).SelectMany(g => g.Take(args.Limit)).ToList();
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

        // What the engine must abstain on: questions of another topic asked over each QA corpus, and the corpus's own
        // questions with a name swapped for one the corpus never mentions (near the topic, but not answered by it).
        foreach (var suite in suites.Where(s => questions.GetValueOrDefault(s.Name)?.Count > 0))
        {
            var family = Families.FirstOrDefault(f => f.Contains(suite.Name)) ?? [suite.Name];
            var foreign = questions.Where(q => !family.Contains(q.Key)).SelectMany(q => q.Value.Take(OutOfScopePerSuite / 2)).Take(OutOfScopePerSuite).ToList();
            await using var workspace = await SuiteWorkspace.OpenAsync(suite, args.StoreDir, args.ModelPath, cancellationToken);
            var index = await workspace.Indexes.GetAsync(cancellationToken);
            var prefix = EvalFile.Load(suite.EvalPath).CitePrefix;
            foreach (var item in foreign)
            {
                items.Add(await JudgeAsync(workspace, suite.Name, prefix, item with { Id = "oos:" + item.Id, Cite = [], AnswerAny = [], Mention = [] }, outOfScope: true, cancellationToken));
            }

            var foreignQuestions = questions.Where(q => !family.Contains(q.Key)).SelectMany(q => q.Value).ToList();
            var names = Perturbation.NamesOf(foreignQuestions).Where(n => index.TermId(Perturbation.Key(n)) < 0).ToList();
            // A question's key content word swapped for one the corpus never uses: about the topic, not answered by it.
            var words = Perturbation.WordsOf(foreignQuestions).Where(w => index.TermId(Perturbation.Key(w)) < 0 && !index.TermsStartingWith(Perturbation.Key(w)[..5], 1).Any()).ToList();
            foreach (var (item, n) in questions[suite.Name].Take(OutOfScopePerSuite).Select((item, n) => (item, n)))
            {
                if (names.Count > 0 && Perturbation.SwapName(item.Text, names[n % names.Count]) is { } swapped)
                {
                    var perturbed = item with { Id = "swap:" + item.Id, Text = swapped, Cite = [], AnswerAny = [], Mention = [] };
                    items.Add(await JudgeAsync(workspace, suite.Name, prefix, perturbed, outOfScope: true, cancellationToken));
                }

                if (words.Count > 0 && Perturbation.SwapWord(item.Text, words[(n * 7) % words.Count]) is { } reworded)
                {
                    var perturbed = item with { Id = "word:" + item.Id, Text = reworded, Cite = [], AnswerAny = [], Mention = [] };
                    items.Add(await JudgeAsync(workspace, suite.Name, prefix, perturbed, outOfScope: true, cancellationToken));
                }
            }
        }

        items.AddRange(await AugmentAsync(suites, items.Where(i => i.Train && i.Item.Kind == "check" && i.Item.Verdict == "supported").ToList(), args, cancellationToken));
        if (args.DumpPath is not null)
        {
            FeatureDump.Write(items, args.DumpPath);
        }

        var train = items.Where(i => i.Train).ToList();
        var relevance = Fit(train, i => i.Relevant, "relevance", RelevanceFeatures, balanceSuites: true);
        // Support is weighed by suite (each suite's rows count alike, as for relevance), so the news checks the product is
        // for are not outweighed by the public pairs' thousands of rows. Balancing refutation as well was measured and
        // fitted it worse (cross-validated log-loss 0.15 against 0.06) and lost 23 held-out Climate-FEVER items.
        var supports = Fit(train, i => i.Supports, "supports", Enum.GetValues<Feature>(), FeatureSigns.Supports, balanceSuites: true);
        var refutes = Fit(train, i => i.Refutes, "refutes", RefuteFeatures, FeatureSigns.Refutes);
        var rescored = items.Select(i => i with
        {
            Judgements = i.Judgements.Select(j => j with
            {
                Relevance = relevance.Model.Probability(j.Analysis.Features),
                Supports = EvidenceJudge.SupportProbability(supports.Model, j.Analysis.Features),
                Refutes = EvidenceJudge.RefuteProbability(refutes.Model, j.Analysis.Features),
            }).ToList(),
        }).ToList();

        rescored = rescored.Where(i => !i.Augmented).ToList();
        var asks = rescored.Where(i => i.Item.Kind == "ask").ToList();
        var checks = rescored.Where(i => i.Item.Kind == "check").ToList();
        var answerable = FitAnswerable(asks.Where(i => i.Train).ToList());
        double Answerable(Judgement j) => answerable.Model.Probability(j.Analysis.Features);
        var (answer, cite, askObjective) = OperatingPoints.ChooseAsk(asks.Where(i => i.Train).ToList(), j => j.Relevance, Answerable);
        var thresholds = baseline.Thresholds with { Answer = answer, Cite = cite, Evidence = cite, Topic = cite };
        var (supportsAt, refutesAt, checkObjective) = OperatingPoints.ChooseCheck(checks.Where(i => i.Train).ToList(), thresholds);
        var (samePredicate, samePredicateF1, samePredicateCurve) = OperatingPoints.ChooseSamePredicate(train.Where(i => i.Item.Kind == "check").ToList());
        thresholds = thresholds with { Supports = supportsAt, Refutes = refutesAt, SameFact = supportsAt, SamePredicate = samePredicate };
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"same predicate: word coverage {samePredicate:0.000} (train F1 {samePredicateF1:0.000}; by share: {string.Join(' ', samePredicateCurve.Where((_, i) => i % 2 == 1).Select(p => $"{p.Threshold:0.00}:{p.F1:0.000}"))})"));
        var (topicDocument, topic, compareObjective) = OperatingPoints.ChooseCompare(rescored.Where(i => i.Train && i.Item.Kind == "compare").ToList());
        thresholds = thresholds with { TopicDocument = topicDocument, Topic = topic };
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"compare: source share {topicDocument:0.000}, sentence share {topic:0.000} (train passed {compareObjective:0.000})"));
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"operating points: answer {answer:0.000} cite {cite:0.000} (train objective {askObjective:0.000}); supports {supportsAt:0.000} refutes {refutesAt:0.000} (train mean accuracy {checkObjective:0.000})"));

        var report = Report.Build(rescored, thresholds, Answerable);
        foreach (var line in report.Lines)
        {
            await Console.Out.WriteLineAsync(line);
        }

        var model = new EngineModel(baseline.Retrieval, relevance.Model, answerable.Model, supports.Model, refutes.Model, thresholds);
        var notes = new JsonObject
        {
            ["command"] = "dotnet run -c Release --project tests/ClaimBot.Training -- learn",
            ["split"] = "by source, FNV-1a hash of suite/source: even = train, odd = held out",
            ["penalties"] = new JsonObject { ["relevance"] = relevance.Penalty, ["answerable"] = answerable.Penalty, ["supports"] = supports.Penalty, ["refutes"] = refutes.Penalty },
            ["trainRows"] = new JsonObject { ["relevance"] = relevance.Rows, ["supports"] = supports.Rows, ["refutes"] = refutes.Rows },
            ["heldOut"] = report.HeldOut,
        };
        await File.WriteAllTextAsync(args.OutPath, EngineModelLoader.Write(model, notes) + "\n", cancellationToken);
        await log.WriteLineAsync($"wrote {args.OutPath}");
        if (args.SplitsDir is not null)
        {
            HeldOutFiles.Write(suites, args.SplitsDir);
            await log.WriteLineAsync($"held-out eval files in {args.SplitsDir}");
        }

        return 0;
    }

    // Counterfactual statements: a supported statement with its number, year or place of the event changed is refuted by
    // the claim that supported it; with a name swapped for another name of the corpus it is no longer supported (another actor).
    private async Task<List<JudgedItem>> AugmentAsync(IReadOnlyList<Suite> suites, List<JudgedItem> supported, LearnArguments args, CancellationToken cancellationToken)
    {
        var result = new List<JudgedItem>();
        var options = Microsoft.Extensions.Options.Options.Create(new Core.Retrieval.LexiconOptions());
        var analyzer = new Core.Retrieval.TextAnalyzer(options);
        string stem(string word) => analyzer.Stem(word, "en");
        var opposites = OppositeLemmas(stem);
        var lexicons = new Core.Extraction.LexiconCatalog(options);
        foreach (var group in supported.GroupBy(i => i.Suite))
        {
            var suite = suites.Single(s => s.Name == group.Key);
            var prefix = EvalFile.Load(suite.EvalPath).CitePrefix;
            var names = Perturbation.NamesOf(group.Select(i => i.Item)).ToList();
            var places = group.SelectMany(i => Perturbation.PlacesOf(i.Item.Text, lexicons.For(i.Language), i.Language)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            await using var workspace = await SuiteWorkspace.OpenAsync(suite, args.StoreDir, args.ModelPath, cancellationToken);
            foreach (var (item, n) in group.Select((item, n) => (item, n)))
            {
                var positive = item.Judgements.Where((j, i) => item.Supports[i] == true).Select(j => j.Candidate.Claim).FirstOrDefault(-1);
                if (positive < 0)
                {
                    continue;
                }

                var variants = new List<(string Text, bool? Refutes)>();
                if (Perturbation.SwapNumber(item.Item.Text) is { } number)
                {
                    variants.Add((number, true));
                }

                if (Perturbation.SwapYear(item.Item.Text) is { } year)
                {
                    variants.Add((year, true));
                }

                if (places.Count > 1 && Perturbation.SwapPlace(item.Item.Text, lexicons.For(item.Language), item.Language, places, n) is { } moved)
                {
                    variants.Add((moved, true));
                }

                if (names.Count > 1 && Perturbation.SwapName(item.Item.Text, names[(n + 1) % names.Count]) is { } swapped && swapped != item.Item.Text)
                {
                    variants.Add((swapped, null));
                }

                if (item.Language == "en")
                {
                    if (Perturbation.NegateEnglish(item.Item.Text) is { } negated)
                    {
                        variants.Add((negated, true));
                    }

                    if (Perturbation.OpposeEnglish(item.Item.Text, opposites, stem) is { } opposed)
                    {
                        variants.Add((opposed, true));
                    }
                }

                foreach (var (text, refutes) in variants)
                {
                    var judged = await JudgeAsync(workspace, suite.Name, prefix, item.Item with { Id = "aug:" + item.Item.Id, Text = text }, outOfScope: false, cancellationToken);
                    var at = judged.Judgements.Select((j, i) => (j, i)).FirstOrDefault(x => x.j.Candidate.Claim == positive).i;
                    if (judged.Judgements.Count == 0 || judged.Judgements[at].Candidate.Claim != positive)
                    {
                        continue;
                    }

                    var supports = new bool?[judged.Judgements.Count];
                    var refuting = new bool?[judged.Judgements.Count];
                    supports[at] = false;
                    refuting[at] = refutes;
                    result.Add(judged with { Supports = supports, Refutes = refuting, Train = true, Augmented = true });
                }
            }
        }

        log.WriteLine($"augmented: {result.Count} counterfactual statements");
        return result;
    }

    // The first lemma of the opposite group for every lemma of opposites.json, by English stem.
    private static Dictionary<string, string> OppositeLemmas(Func<string, string> stem)
    {
        var path = Path.Combine(new Core.Retrieval.LexiconOptions().Path, "concepts", "opposites.json");
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in document.RootElement.GetProperty("pairs").EnumerateArray())
        {
            var a = pair.GetProperty("a").EnumerateArray().Select(x => x.GetString()!).ToList();
            var b = pair.GetProperty("b").EnumerateArray().Select(x => x.GetString()!).ToList();
            foreach (var word in a)
            {
                map.TryAdd(stem(word), b[0]);
            }

            foreach (var word in b)
            {
                map.TryAdd(stem(word), a[0]);
            }
        }

        return map;
    }

    // Every suite weighs the same in total: a relevance model learned mostly from single-paragraph QA would take
    // "the best-matching document" for "the answer", which news with several sources on one event contradicts.
    private static List<double> SuiteWeights(List<string> suites)
    {
        var rows = suites.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        return suites.Select(s => (double)suites.Count / (rows.Count * rows[s])).ToList();
    }

    // Whether a question is answered at all, read on its best claim by relevance: in-scope questions against the
    // out-of-scope and name-swapped ones. Unlike relevance, it also reads the conflicts: a best claim that has another
    // name or another date where the question has its own ("the 2017 prize", "which Danish minister") is a sign that
    // the sources do not answer it.
    private static readonly Feature[] AnswerableFeatures = [.. RelevanceFeatures, Feature.NameConflict, Feature.DateConflict];

    private (LogisticModel Model, double Penalty) FitAnswerable(List<JudgedItem> asks)
    {
        var x = new List<double[]>();
        var y = new List<bool>();
        var group = new List<int>();
        var suites = new List<string>();
        foreach (var (item, n) in asks.Select((item, n) => (item, n)))
        {
            if (item.Judgements.MaxBy(j => j.Relevance) is { } top)
            {
                x.Add(AnswerableFeatures.Select(f => top.Analysis.Features[f]).ToArray());
                y.Add(!item.OutOfScope && !item.Item.Abstain);
                group.Add(n);
                suites.Add(item.Suite);
            }
        }

        var (model, penalty, loss) = LogisticTrainer.FitWithCv(x, y, group, AnswerableFeatures, AnswerableFeatures.Select(FeatureSigns.Answerable).ToList(), SuiteWeights(suites));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"answerable: {x.Count} questions ({y.Count(v => v)} in scope), penalty {penalty}, cv log-loss {loss:0.0000}"));
        return (model, penalty);
    }

    private static async Task<JudgedItem> JudgeAsync(SuiteWorkspace workspace, string suite, int prefix, EvalItem item, bool outOfScope, CancellationToken cancellationToken)
    {
        var kind = item.Kind switch { "ask" => Core.Retrieval.QueryKind.Question, "compare" => Core.Retrieval.QueryKind.Topic, _ => Core.Retrieval.QueryKind.Statement };
        var set = await workspace.Search.SearchAsync(item.Text, kind, cancellationToken, kind == Core.Retrieval.QueryKind.Topic ? TopicCandidates : null);
        var prefixes = set.Judgements.Select(j => Prefix(workspace.SourceFiles.GetValueOrDefault(j.Claim.SourceId) ?? j.Claim.SourceId, prefix)).ToList();
        var relevant = item.Kind == "ask" ? Labeler.Relevance(item, outOfScope, set.Judgements, prefixes) : new bool?[set.Judgements.Count];
        var (supports, refutes) = item.Kind == "check" ? Labeler.Stances(item, set.Judgements, prefixes) : (new bool?[set.Judgements.Count], new bool?[set.Judgements.Count]);
        return new JudgedItem(suite, item, Split.IsTrain(suite, item.SplitKey), outOfScope, set.Judgements, prefixes, relevant, supports, refutes) { Language = set.Query.Language };
    }

    private static string Prefix(string file, int length) => file.Length > length ? file[..length] : file;

    private (LogisticModel Model, double Penalty, int Rows) Fit(List<JudgedItem> train, Func<JudgedItem, IReadOnlyList<bool?>> labels, string name,
        IReadOnlyList<Feature> features, Func<Feature, int>? sign = null, bool balanceSuites = false)
    {
        var x = new List<double[]>();
        var y = new List<bool>();
        var group = new List<int>();
        var suites = new List<string>();
        for (var n = 0; n < train.Count; n++)
        {
            var item = train[n];
            var itemLabels = labels(item);
            for (var i = 0; i < item.Judgements.Count; i++)
            {
                if (itemLabels[i] is { } label)
                {
                    var values = item.Judgements[i].Analysis.Features;
                    x.Add(features.Select(f => values[f]).ToArray());
                    y.Add(label);
                    group.Add(n);
                    suites.Add(item.Suite);
                }
            }
        }

        var (model, penalty, loss) = LogisticTrainer.FitWithCv(x, y, group, features, sign is null ? null : features.Select(sign).ToList(),
            balanceSuites ? SuiteWeights(suites) : null);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {x.Count} rows ({y.Count(v => v)} positive), penalty {penalty}, cv log-loss {loss:0.0000}"));
        return (model, penalty, x.Count);
    }
}
