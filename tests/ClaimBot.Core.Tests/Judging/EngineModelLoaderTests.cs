using System.Text.Json.Nodes;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Tests.Judging;

public sealed class EngineModelLoaderTests
{
    private static readonly EngineModel Model = new(
        new RetrievalWeights { K1 = 1.4, B = 0.6, DocumentWeight = 0.25, Candidates = 30, Expansion = new ExpansionWeights { Translation = 0.85, Senses = 3 } },
        new LogisticModel(-1.5, new Dictionary<Feature, double> { [Feature.Coverage] = 2.25, [Feature.DocumentBm25] = 0.5 }),
        new LogisticModel(-2, new Dictionary<Feature, double> { [Feature.SpecificCoverage] = 3.125 }),
        new LogisticModel(-3, new Dictionary<Feature, double> { [Feature.Coverage] = 4, [Feature.NegationMismatch] = -2.5 }),
        new LogisticModel(-3.5, new Dictionary<Feature, double> { [Feature.NegationTimesCoverage] = 5.75 }),
        new JudgeThresholds { Answer = 0.35, Cite = 0.25, Supports = 0.65, Refutes = 0.55, Evidence = 0.3, Topic = 0.4, SameFact = 0.45, SamePredicate = 0.55 });

    [Fact]
    public void Parse_WrittenModel_RoundTripsWeightsAndThresholds()
    {
        var json = EngineModelLoader.Write(Model, new JsonObject { ["run"] = "test" });

        var parsed = EngineModelLoader.Parse(json, "round-trip.json");

        Assert.Equal(Model.Thresholds, parsed.Thresholds);
        Assert.Equal(Model.Retrieval.K1, parsed.Retrieval.K1);
        Assert.Equal(Model.Retrieval.B, parsed.Retrieval.B);
        Assert.Equal(Model.Retrieval.DocumentWeight, parsed.Retrieval.DocumentWeight);
        Assert.Equal(Model.Retrieval.Candidates, parsed.Retrieval.Candidates);
        Assert.Equal(Model.Retrieval.Expansion, parsed.Retrieval.Expansion);
        foreach (var (written, read) in new[] { (Model.Relevance, parsed.Relevance), (Model.Answerable, parsed.Answerable), (Model.Supports, parsed.Supports), (Model.Refutes, parsed.Refutes) })
        {
            Assert.Equal(written.Bias, read.Bias);
            Assert.Equal(written.Weights.OrderBy(p => p.Key), read.Weights.OrderBy(p => p.Key));
        }
    }

    [Fact]
    public void Parse_UnknownFeatureName_ThrowsNamingTheFeatureAndModel()
    {
        var json = Edit(root => root["supports"]!["weights"]!["Covrage"] = 1.0);

        var error = Assert.Throws<InvalidDataException>(() => EngineModelLoader.Parse(json, "bad.json"));

        Assert.Contains("'Covrage'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'supports'", error.Message, StringComparison.Ordinal);
        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NonFiniteWeight_ThrowsNamingTheWeight()
    {
        var json = Edit(root => root["relevance"]!["weights"]!["Coverage"] = JsonNode.Parse("1e999"));

        var error = Assert.Throws<InvalidDataException>(() => EngineModelLoader.Parse(json, "bad.json"));

        Assert.Contains("non-finite", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Coverage'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NonFiniteBias_ThrowsNamingTheBias()
    {
        var json = Edit(root => root["refutes"]!["bias"] = JsonNode.Parse("-1e999"));

        var error = Assert.Throws<InvalidDataException>(() => EngineModelLoader.Parse(json, "bad.json"));

        Assert.Contains("'refutes.bias'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("answer", 1.5)]
    [InlineData("cite", 0)]
    [InlineData("refutes", 1)]
    [InlineData("sameFact", -0.2)]
    [InlineData("samePredicate", 1.25)]
    [InlineData("topicDocument", 2)]
    public void Parse_ThresholdOutsideZeroToOne_ThrowsNamingTheThreshold(string threshold, double value)
    {
        var json = Edit(root => root["thresholds"]![threshold] = value);

        var error = Assert.Throws<InvalidDataException>(() => EngineModelLoader.Parse(json, "bad.json"));

        Assert.Contains($"'{threshold}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("relevance")]
    [InlineData("answerable")]
    [InlineData("supports")]
    [InlineData("refutes")]
    public void Parse_MissingModelSection_ThrowsNamingTheSection(string section)
    {
        var json = Edit(root => root.AsObject().Remove(section));

        var error = Assert.Throws<InvalidDataException>(() => EngineModelLoader.Parse(json, "bad.json"));

        Assert.Contains($"'{section}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RetrievalValueOutOfRange_Throws()
    {
        var json = Edit(root => root["retrieval"]!["b"] = 1.5);

        var error = Assert.Throws<InvalidDataException>(() => EngineModelLoader.Parse(json, "bad.json"));

        Assert.Contains("retrieval", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotJson_ThrowsInvalidData()
    {
        var error = Assert.Throws<InvalidDataException>(() => EngineModelLoader.Parse("{ \"relevance\": ", "broken.json"));

        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFoundNamingTheKey()
    {
        var path = Path.Combine(Path.GetTempPath(), "claimbot-no-model-" + Guid.NewGuid().ToString("N") + ".json");

        var error = Assert.Throws<FileNotFoundException>(() => EngineModelLoader.Load(path));

        Assert.Contains("Judging:ModelPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedModel_IsValid()
    {
        var model = EngineModelLoader.Load(new JudgingOptions().ModelPath);

        Assert.NotEmpty(model.Relevance.Weights);
        Assert.NotEmpty(model.Supports.Weights);
        Assert.NotEmpty(model.Refutes.Weights);
    }

    private static string Edit(Action<JsonNode> change)
    {
        var root = JsonNode.Parse(EngineModelLoader.Write(Model, []))!;
        change(root);
        return root.ToJsonString();
    }
}
