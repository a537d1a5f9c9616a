using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Reloading;
using Spectre.Console;

namespace ClaimBot.Host.Cli;

/// <summary>Terminal rendering of results (Spectre.Console; all source text escaped).</summary>
public static class HumanOutput
{
    public static void Reload(ReloadResult r)
    {
        if (!r.Succeeded)
        {
            AnsiConsole.MarkupLine($"[red]Reload failed[/]: {Markup.Escape(r.Error ?? "unknown error")} (generation {r.Generation} keeps serving)");
            return;
        }

        AnsiConsole.MarkupLine($"Generation [bold]{r.Generation}[/]: {r.Added.Count} added, {r.Changed.Count} changed, {r.Removed.Count} removed, " +
            $"{r.Unchanged.Count} unchanged, {r.Skipped.Count} skipped; claims {r.ClaimsBefore} → {r.ClaimsAfter} in {r.Duration.TotalMilliseconds:0} ms");
        foreach (var skipped in r.Skipped)
        {
            AnsiConsole.MarkupLine($"[yellow]skipped[/] {Markup.Escape(skipped.File)}: {Markup.Escape(skipped.Reason)}");
        }
    }

    public static void Sources(IReadOnlyList<SourceSummary> sources)
    {
        var table = new Table().AddColumns("Id", "Title", "Date", "Lang", "Outlet", "Claims");
        foreach (var s in sources)
        {
            table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Title ?? ""), Markup.Escape(s.Date ?? ""), s.Language, Markup.Escape(s.Outlet ?? ""), s.ClaimCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
    }

    public static void Claims(IReadOnlyList<Claim> claims)
    {
        foreach (var c in claims)
        {
            var flags = string.Join(' ', new[] { c.IsQuote ? "quote" : null, c.IsNegated ? "negated" : null, c.IsHedged ? "hedged" : null }.Where(f => f is not null));
            var speaker = c.Speaker is null ? "" : $" — {c.Speaker.Name}{(c.Speaker.Role is null ? "" : ", " + c.Speaker.Role)}";
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(c.Id)}[/] {Markup.Escape(c.Text)}[grey]{Markup.Escape(speaker)} {flags} {Markup.Escape(string.Join(", ", c.Dates))}[/]");
        }
    }

    public static void Answer(Answer a)
    {
        AnsiConsole.WriteLine(a.Text);
        Citations(a.Citations.Select(c => (c.N, c.Quote, c.Speaker, c.Source, (string?)null)));
    }

    public static void Check(FactCheck f)
    {
        var colour = f.Verdict switch { VerdictKind.Supported => "green", VerdictKind.Refuted => "red", VerdictKind.Conflicting => "orange1", _ => "grey" };
        AnsiConsole.MarkupLine($"[bold {colour}]{FactChecker.JsonVerdict(f.Verdict)}[/]: {Markup.Escape(f.Reason)}");
        AnsiConsole.WriteLine(f.Text);
        Citations(f.Evidence.Select(e => (e.N, e.Quote, e.Speaker, e.Source, (string?)(e.Stance == Stance.Supports ? "supports" : "refutes"))));
    }

    public static void Compare(Comparison c)
    {
        AnsiConsole.WriteLine(c.Text);
        foreach (var source in c.Sources)
        {
            var where = string.Join(" · ", new[] { source.Source.Outlet, source.Source.Date, source.Source.Language }.Where(x => !string.IsNullOrEmpty(x)));
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(source.Source.Title ?? source.Source.File)}[/] [grey]({Markup.Escape(where)})[/]");
            foreach (var claim in source.Claims)
            {
                AnsiConsole.MarkupLine($"  [[{claim.N}]] {Markup.Escape(claim.Text)}");
            }
        }

        foreach (var x in c.Contradictions)
        {
            AnsiConsole.MarkupLine($"[red]contradiction[/] {Markup.Escape(x.A)} ↔ {Markup.Escape(x.B)}: {Markup.Escape(x.Why)}");
        }
    }

    private static void Citations(IEnumerable<(int N, string Quote, Speaker? Speaker, SourceRef Source, string? Stance)> citations)
    {
        foreach (var (n, quote, speaker, source, stance) in citations)
        {
            var who = speaker is null ? "" : $" — {speaker.Name}{(speaker.Role is null ? "" : ", " + speaker.Role)}";
            var where = string.Join(" · ", new[] { source.Title, source.Outlet, source.Date, source.Language }.Where(x => !string.IsNullOrEmpty(x)));
            AnsiConsole.MarkupLine($"[grey][[{n}]][/]{(stance is null ? "" : $" [italic]{stance}[/]")} “{Markup.Escape(quote)}”{Markup.Escape(who)} [grey]({Markup.Escape(where)})[/]");
        }
    }
}
