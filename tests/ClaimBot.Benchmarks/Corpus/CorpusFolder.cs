using System.Globalization;
using ClaimBot.Benchmarks.Engine;

namespace ClaimBot.Benchmarks.Corpus;

/// <summary>A scale corpus on disk: <c>{out}/corpus-{docs}/</c> with the synthetic documents under <c>syn/</c> and the real seeds under <c>seeds/</c>.</summary>
internal sealed record CorpusFolder(string Path, int Documents, long Bytes)
{
    public static CorpusFolder Ensure(string output, int docs, int seed, Action<string> log)
    {
        var folder = System.IO.Path.Combine(output, "corpus-" + docs.ToString(CultureInfo.InvariantCulture));
        var marker = folder + ".done";
        if (!File.Exists(marker) || File.ReadAllText(marker).Trim() != seed.ToString(CultureInfo.InvariantCulture))
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            var generator = new CorpusGenerator(new CorpusVocabulary(seed, BenchPaths.LexiconsPath), seed);
            generator.Write(folder, docs, new Progress<int>(n => log($"corpus: {n}/{docs} documents written")));
            var seeds = System.IO.Path.Combine(folder, "seeds");
            Directory.CreateDirectory(seeds);
            foreach (var file in Directory.GetFiles(BenchPaths.Seeds))
            {
                File.Copy(file, System.IO.Path.Combine(seeds, System.IO.Path.GetFileName(file)));
            }

            File.WriteAllText(marker, seed.ToString(CultureInfo.InvariantCulture));
        }

        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        return new CorpusFolder(folder, files.Length, files.Sum(f => new FileInfo(f).Length));
    }

    /// <summary>Rewrites every hundredth synthetic document at a new revision (1% of the files change); returns how many.</summary>
    public int Touch(int syntheticDocs, int seed, int revision)
    {
        var generator = new CorpusGenerator(new CorpusVocabulary(seed, BenchPaths.LexiconsPath), seed);
        var touched = 0;
        for (var i = 0; i < syntheticDocs; i += 100)
        {
            File.WriteAllText(System.IO.Path.Combine(Path, CorpusGenerator.FileName(i)), generator.Render(i, revision));
            touched++;
        }

        return touched;
    }
}
