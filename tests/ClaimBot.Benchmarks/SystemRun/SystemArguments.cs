using System.Globalization;

namespace ClaimBot.Benchmarks.SystemRun;

/// <summary>
/// Options of the whole-system runner: <c>--docs 1000,10000</c> sizes, <c>--queries N</c> per kind, <c>--seed N</c>,
/// <c>--out DIR</c> scratch folder, <c>--rate R --seconds S</c> offered HTTP load, <c>--no-http</c>, <c>--json</c>;
/// the probe also takes <c>--sources</c>, <c>--store</c>, <c>--http</c>.
/// </summary>
internal sealed record SystemArguments(
    IReadOnlyList<int> Docs,
    int Queries,
    int Seed,
    string Out,
    int Rate,
    int Seconds,
    bool Http,
    bool Json,
    string? Sources,
    string? Store,
    int ProbeDocs)
{
    public static SystemArguments Parse(string[] args)
    {
        var docs = new List<int> { 1000, 10_000 };
        int queries = 60, seed = 42, rate = 500, seconds = 10, probeDocs = 0;
        var http = true;
        var json = false;
        string? sources = null, store = null;
        var output = Path.Combine(Path.GetTempPath(), "claimbot-bench");
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--docs": docs = Next().Split(',').Select(Int).ToList(); break;
                case "--queries": queries = Int(Next()); break;
                case "--seed": seed = Int(Next()); break;
                case "--out": output = Next(); break;
                case "--rate": rate = Int(Next()); break;
                case "--seconds": seconds = Int(Next()); break;
                case "--no-http": http = false; break;
                case "--http": http = true; break;
                case "--json": json = true; break;
                case "--sources": sources = Next(); break;
                case "--store": store = Next(); break;
                case "--probe-docs": probeDocs = Int(Next()); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        return new SystemArguments(docs, queries, seed, output, rate, seconds, http, json, sources, store, probeDocs);
    }

    private static int Int(string value) => int.Parse(value.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture);
}
