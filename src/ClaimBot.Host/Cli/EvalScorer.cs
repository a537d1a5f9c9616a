using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;

namespace ClaimBot.Host.Cli;

/// <summary>Scores answers by the eval set's rules: mention groups matched in the answer text or a cited quote, cited sources by file-name prefix, forbidden strings, verdicts.</summary>
public static class EvalScorer
{
    public static (bool Passed, string Detail) Ask(EvalItem item, Answer answer)
    {
        var haystack = answer.Text + "\n" + string.Join("\n", answer.Citations.Select(c => c.Quote));
        var files = answer.Citations.Select(c => c.Source.File).ToList();
        var missingMention = (item.Mention ?? []).FirstOrDefault(group => !group.Any(alt => haystack.Contains(alt, StringComparison.OrdinalIgnoreCase)));
        var missingCite = (item.Cite ?? []).FirstOrDefault(prefix => !files.Any(f => f.StartsWith(prefix, StringComparison.Ordinal)));
        var forbidden = (item.Forbid ?? []).FirstOrDefault(f => answer.Text.Contains(f, StringComparison.OrdinalIgnoreCase));
        var passed = missingMention is null && missingCite is null && forbidden is null;
        return (passed, passed ? "" : $"missing mention {Show(missingMention)} cite {missingCite} forbidden {forbidden}; answer: {answer.Text}");
    }

    public static (bool Passed, string Detail) Check(EvalItem item, FactCheck check)
    {
        var verdict = FactChecker.JsonVerdict(check.Verdict);
        var files = check.Evidence.Select(e => e.Source.File).ToList();
        var missingCite = (item.Cite ?? []).FirstOrDefault(prefix => !files.Any(f => f.StartsWith(prefix, StringComparison.Ordinal)));
        var passed = verdict == item.Verdict && missingCite is null;
        return (passed, passed ? "" : $"verdict {verdict} (want {item.Verdict}), missing cite {missingCite}; reason: {check.Reason}");
    }

    public static (bool Passed, string Detail) Compare(EvalItem item, Comparison comparison)
    {
        var shown = comparison.Sources.Where(s => s.Claims.Count > 0).Select(s => s.Source.File).ToList();
        var haystack = comparison.Text + "\n" + string.Join("\n", comparison.Sources.SelectMany(s => s.Claims).Select(c => c.Text));
        var missingCite = (item.Cite ?? []).FirstOrDefault(prefix => !shown.Any(f => f.StartsWith(prefix, StringComparison.Ordinal)));
        var missingMention = (item.Mention ?? []).FirstOrDefault(group => !group.Any(alt => haystack.Contains(alt, StringComparison.OrdinalIgnoreCase)));
        var passed = missingCite is null && missingMention is null;
        return (passed, passed ? "" : $"missing cite {missingCite} mention {Show(missingMention)}");
    }

    public static (bool Passed, string Detail) Junk(EvalJunk junk, IReadOnlyList<Claim> claims)
    {
        var hit = (junk.Forbid ?? []).SelectMany(f => claims.Where(c => c.Text.Contains(f, StringComparison.Ordinal)).Select(c => (f, c.Id))).FirstOrDefault();
        return hit.f is null ? (true, "") : (false, $"claim {hit.Id} contains '{hit.f}'");
    }

    private static string Show(IReadOnlyList<string>? group) => group is null ? "-" : "[" + string.Join("|", group) + "]";
}
