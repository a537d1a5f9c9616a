using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>Reads and validates <c>engine-model.json</c>: every feature name known, every number finite, every threshold in (0, 1).</summary>
public static class EngineModelLoader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static EngineModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The engine model '{path}' is missing (Judging:ModelPath).", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static EngineModel Parse(string json, string name)
    {
        JsonNode root;
        try
        {
            root = JsonNode.Parse(json) ?? throw new InvalidDataException($"The engine model '{name}' is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The engine model '{name}' is not valid JSON: {ex.Message}", ex);
        }

        var retrieval = root["retrieval"].Deserialize<RetrievalWeights>(Json) ?? new RetrievalWeights();
        var thresholds = root["thresholds"].Deserialize<JudgeThresholds>(Json) ?? new JudgeThresholds();
        var model = new EngineModel(retrieval, Model(root, "relevance", name), Model(root, "answerable", name), Model(root, "supports", name), Model(root, "refutes", name), thresholds);
        Validate(model, name);
        return model;
    }

    /// <summary>Writes a model in the same shape <see cref="Parse"/> reads, with the training run's notes.</summary>
    public static string Write(EngineModel model, JsonObject notes)
    {
        var root = new JsonObject
        {
            ["about"] = "ClaimBot's learned engine weights. Re-learn with: dotnet run -c Release --project tests/ClaimBot.Training -- learn",
            ["retrieval"] = JsonSerializer.SerializeToNode(model.Retrieval, Json),
            ["relevance"] = Node(model.Relevance),
            ["answerable"] = Node(model.Answerable),
            ["supports"] = Node(model.Supports),
            ["refutes"] = Node(model.Refutes),
            ["thresholds"] = JsonSerializer.SerializeToNode(model.Thresholds, Json),
            ["training"] = notes,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Node(LogisticModel model)
    {
        var weights = new JsonObject();
        foreach (var (feature, weight) in model.Weights.OrderBy(p => p.Key))
        {
            weights[feature.ToString()] = Math.Round(weight, 6);
        }

        return new JsonObject { ["bias"] = Math.Round(model.Bias, 6), ["weights"] = weights };
    }

    private static LogisticModel Model(JsonNode root, string key, string name)
    {
        var node = root[key] ?? throw new InvalidDataException($"The engine model '{name}' has no '{key}' model.");
        var bias = node["bias"]?.GetValue<double>() ?? 0;
        var weights = new Dictionary<Feature, double>();
        foreach (var (feature, value) in node["weights"]?.AsObject() ?? [])
        {
            if (!Enum.TryParse<Feature>(feature, ignoreCase: false, out var parsed))
            {
                throw new InvalidDataException($"The engine model '{name}' names an unknown feature '{feature}' in '{key}'; known: {string.Join(", ", Enum.GetNames<Feature>())}.");
            }

            weights[parsed] = value?.GetValue<double>() ?? 0;
        }

        return new LogisticModel(bias, weights);
    }

    private static void Validate(EngineModel model, string name)
    {
        var numbers = new List<(string Key, double Value)>
        {
            ("relevance.bias", model.Relevance.Bias), ("answerable.bias", model.Answerable.Bias), ("supports.bias", model.Supports.Bias), ("refutes.bias", model.Refutes.Bias),
            ("retrieval.k1", model.Retrieval.K1), ("retrieval.b", model.Retrieval.B), ("retrieval.documentWeight", model.Retrieval.DocumentWeight),
        };
        numbers.AddRange(model.Relevance.Weights.Concat(model.Answerable.Weights).Concat(model.Supports.Weights).Concat(model.Refutes.Weights).Select(p => (p.Key.ToString(), p.Value)));
        if (numbers.FirstOrDefault(n => !double.IsFinite(n.Value)) is { Key: not null } bad)
        {
            throw new InvalidDataException($"The engine model '{name}' has a non-finite value for '{bad.Key}'.");
        }

        var t = model.Thresholds;
        foreach (var (key, value) in new[] { ("answer", t.Answer), ("cite", t.Cite), ("supports", t.Supports), ("refutes", t.Refutes), ("evidence", t.Evidence), ("topicDocument", t.TopicDocument), ("topic", t.Topic), ("sameFact", t.SameFact), ("samePredicate", t.SamePredicate) })
        {
            if (!(value > 0 && value < 1))
            {
                throw new InvalidDataException($"The engine model '{name}' threshold '{key}' must be between 0 and 1, not {value}.");
            }
        }

        var r = model.Retrieval;
        if (r.K1 <= 0 || r.B is < 0 or > 1 || r.DocumentWeight < 0 || r.Candidates is < 1 or > 1000)
        {
            throw new InvalidDataException($"The engine model '{name}' has retrieval values out of range (k1 > 0, 0 <= b <= 1, documentWeight >= 0, 1 <= candidates <= 1000).");
        }
    }
}
