using ClaimBot.Benchmarks.SystemRun;

namespace ClaimBot.Benchmarks.Corpus;

/// <summary><c>corpus --docs N --out DIR</c>: writes the synthetic corpus only (for inspection or for other tools).</summary>
internal static class CorpusCommand
{
    public static int Run(SystemArguments arguments)
    {
        foreach (var docs in arguments.Docs)
        {
            var corpus = CorpusFolder.Ensure(arguments.Out, docs, arguments.Seed, Console.Error.WriteLine);
            Console.WriteLine($"{corpus.Path}\t{corpus.Documents} files\t{corpus.Bytes / 1e6:F1} MB");
        }

        return 0;
    }
}
