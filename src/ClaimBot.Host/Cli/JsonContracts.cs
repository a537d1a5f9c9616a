using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Reloading;

namespace ClaimBot.Host.Cli;

/// <summary>The CLI's JSON contracts (issue-defined field names), built from Core results.</summary>
public static class JsonContracts
{
    public static object Source(SourceSummary s) => new { s.Id, s.File, s.Title, s.Date, s.Language, s.Url, s.Outlet, Claims = s.ClaimCount };

    public static object Claim(Claim c, SourceSummary? source) => new
    {
        c.Id,
        Source = new { Id = c.SourceId, source?.File, source?.Title, source?.Date, Language = source?.Language ?? c.Language },
        c.Text,
        Span = new[] { c.Start, c.End },
        c.Language,
        Speaker = Speaker(c.Speaker),
        Quote = c.IsQuote,
        Negated = c.IsNegated,
        Hedged = c.IsHedged,
        Entities = c.Entities.Select(e => new { e.Id, e.Name, e.Type }),
        c.Dates,
        c.Numbers,
    };

    public static object? Speaker(Speaker? speaker) => speaker is null ? null : new { speaker.Name, speaker.Role };

    public static object SourceRef(SourceRef s) => new { s.Id, s.File, s.Title, s.Outlet, s.Date, s.Language };

    public static object Answer(Answer a) => new
    {
        a.Question,
        a.Language,
        Answer = a.Text,
        a.Answered,
        Citations = a.Citations.Select(c => new { c.N, c.ClaimId, c.Quote, Speaker = Speaker(c.Speaker), Source = SourceRef(c.Source) }),
    };

    public static object Check(FactCheck f) => new
    {
        f.Statement,
        f.Language,
        Verdict = FactChecker.JsonVerdict(f.Verdict),
        f.Reason,
        Answer = f.Text,
        Evidence = f.Evidence.Select(e => new
        {
            e.N,
            Stance = e.Stance switch { Stance.Supports => "supports", Stance.Refutes => "refutes", _ => "related" },
            Reason = e.Reason.ToString(),
            e.Score,
            e.ClaimId,
            e.Quote,
            Speaker = Speaker(e.Speaker),
            Source = SourceRef(e.Source),
            e.Why,
        }),
    };

    public static object Compare(Comparison c) => new
    {
        c.Topic,
        c.Language,
        Answer = c.Text,
        Sources = c.Sources.Select(s => new
        {
            Source = SourceRef(s.Source),
            Claims = s.Claims.Select(x => new { x.N, x.ClaimId, x.Text, Speaker = Speaker(x.Speaker) }),
        }),
        Agreements = c.Agreements.Select(a => new { a.Group, a.ClaimIds, a.Why }),
        Contradictions = c.Contradictions.Select(x => new { x.Group, x.A, x.B, x.Why, Reason = x.Reason.ToString() }),
        c.Unique,
    };

    public static object Reload(ReloadResult r) => new
    {
        r.Succeeded,
        r.Generation,
        r.Added,
        r.Changed,
        r.Removed,
        r.Unchanged,
        Skipped = r.Skipped.Select(s => new { s.File, s.Reason }),
        r.ClaimsBefore,
        r.ClaimsAfter,
        DurationMs = (long)r.Duration.TotalMilliseconds,
        r.Error,
    };
}
