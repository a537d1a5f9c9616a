using System.Text.Json;

namespace ClaimBot.Core.Tests.Extraction;

public sealed class ScratchDump
{
    [Fact]
    public void Dump()
    {
        var dir = "/tmp/scratch";
        var output = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles(dir, "*.in.*").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var read = IngestionServices.Get<ClaimBot.Core.Documents.SourceReader>().Read(Path.GetFileName(file), File.ReadAllBytes(file), 1 << 20);
            output.AppendLine("=== " + file + " err=" + read.Error);
            if (read.Document is null) { continue; }
            var d = read.Document;
            output.AppendLine($"title={d.Title} date={d.Date} lang={d.Language} url={d.Url} outlet={d.Outlet}");
            foreach (var b in read.Blocks) { output.AppendLine($"  [{b.Kind}] {b.Of(d.Text)}"); }
            foreach (var c in IngestionServices.Get<ClaimBot.Core.Extraction.ClaimExtractor>().Extract(d, read.Blocks))
            {
                output.AppendLine($"- {c.Text}");
                output.AppendLine($"    spk={c.Speaker?.Name}|{c.Speaker?.Role} q={c.IsQuote} neg={c.IsNegated} hedge={c.IsHedged} dates={string.Join(',', c.Dates)} nums={string.Join(',', c.Numbers)} ents={string.Join(',', c.Entities.Select(e => e.Id))}");
            }
        }

        File.WriteAllText(dir + "/out.txt", output.ToString());
    }
}
