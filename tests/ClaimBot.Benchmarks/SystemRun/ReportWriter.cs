using System.Globalization;
using System.Text;
using ClaimBot.Benchmarks.Http;

namespace ClaimBot.Benchmarks.SystemRun;

/// <summary>The whole-system report as Markdown tables, with the issue's targets checked against the largest size.</summary>
internal static class ReportWriter
{
    public static string Markdown(MachineInfo machine, SystemArguments arguments, IReadOnlyList<SizeResult> results)
    {
        var md = new StringBuilder();
        md.AppendLine(Inv($"Machine: {machine}")).AppendLine();
        md.AppendLine("Ingest (full reload into a fresh SQLite store; extraction runs on every core)").AppendLine();
        md.AppendLine("| docs | claims | text MB | full s (read+extract loop / commit) | docs/s | MB/s | claims/s | extract-only MB/s | store MB (+WAL) | store MB / 1k docs | no-change reload s | 1% changed reload s |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var i = r.Ingest;
            md.AppendLine(Inv($"| {i.Documents:N0} | {i.Claims:N0} | {i.Bytes / 1e6:F1} | {i.FullSeconds:F1} ({i.LoopSeconds:F1} / {i.FullSeconds - i.LoopSeconds:F1}) | {i.DocsPerSecond:F0} | {i.MbPerSecond:F2} | {i.ClaimsPerSecond:F0} | {i.ExtractMbPerSecond:F2} | {i.StoreBytes / 1e6:F1} (+{i.WalBytes / 1e6:F1}) | {i.StoreMbPer1kDocs:F1} | {i.NoChangeSeconds:F2} | {i.IncrementalSeconds:F2} ({i.TouchedFiles} files) |"));
        }

        md.AppendLine().AppendLine("Serving, in process (ms; fresh process over the existing store, workstation GC as in claimbot)").AppendLine();
        md.AppendLine("| claims | ask p50 / p99 | check p50 / p99 | compare p50 / p99 | raw FTS ask-terms p50 / p99 | raw FTS check-terms p50 / p99 | ask p99 ÷ FTS p99 | answered | peak RSS MB | start → first answer ms |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var s = r.Serving;
            md.AppendLine(Inv($"| {r.Ingest.Claims:N0} | {P(s.Ask)} | {P(s.Check)} | {P(s.Compare)} | {P(s.RawSearchAsk)} | {P(s.RawSearchCheck)} | {s.Ask.P99 / s.RawSearchAsk.P99:F1}x | {s.AnsweredShare:P0} | {s.PeakRssServingMb:F0} ({s.ManagedHeapMb:F0} managed) | {s.StartToFirstAnswerMs:F0} ({s.ProcessStartToFirstAnswerMs:F0} from exec) |"));
        }

        md.AppendLine().AppendLine("Where ask's time goes (p50 ms): analysis, retrieval (FTS + claim fetch + context + scoring), claim fetch of the FTS hits alone").AppendLine();
        md.AppendLine("| claims | analyze | retrieve | FTS | fetch hits | ask total |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var s = r.Serving;
            md.AppendLine(Inv($"| {r.Ingest.Claims:N0} | {s.AnalyzeAsk.P50:F2} | {s.RetrieveAsk.P50:F2} | {s.RawSearchAsk.P50:F2} | {s.FetchClaimsAsk.P50:F2} | {s.Ask.P50:F2} |"));
        }

        if (results.Any(r => r.Serving.Http.Count > 0))
        {
            md.AppendLine().AppendLine(Inv($"HTTP on 127.0.0.1, open-loop at {arguments.Rate} req/s for {arguments.Seconds} s, latency from scheduled send (load generator in the same process)")).AppendLine();
            md.AppendLine("| claims | run | sent | 2xx | deferred/busy | achieved req/s | ack p50 ms | ack p99 ms | max ms | Slack answers delivered |");
            md.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|");
            foreach (var r in results)
            {
                foreach (var h in r.Serving.Http)
                {
                    var delivered = h.Delivered is { } d ? Inv($"{d} in {h.DeliverySeconds:F1} s") : "";
                    md.AppendLine(Inv($"| {r.Ingest.Claims:N0} | {h.Name} | {h.Sent} | {h.Succeeded} | {h.Degraded} | {h.AchievedRate:F0} | {h.Latency.P50:F1} | {h.Latency.P99:F1} | {h.Latency.Max:F0} | {delivered} |"));
                }
            }

            md.AppendLine().AppendLine(Inv($"Peak RSS after the HTTP runs: {string.Join(", ", results.Select(r => Inv($"{r.Ingest.Claims:N0} claims {r.Serving.PeakRssAfterHttpMb:F0} MB")))}"));
        }

        AppendTargets(md, results[^1]);
        return md.ToString();
    }

    private static void AppendTargets(StringBuilder md, SizeResult largest)
    {
        var s = largest.Serving;
        var worst = new[] { s.Ask.P99, s.Check.P99, s.Compare.P99 }.Max();
        md.AppendLine().AppendLine(Inv($"Targets (issue 9), at the largest size measured ({largest.Ingest.Claims:N0} claims):")).AppendLine();
        md.AppendLine(Inv($"- answer p99 < 25 ms: worst of ask/check/compare p99 = {worst:F1} ms → {Met(worst < 25)}"));
        md.AppendLine(Inv($"- answer p99 within 2x raw FTS p99: ask {s.Ask.P99:F1} vs {s.RawSearchAsk.P99:F1} ms ({s.Ask.P99 / s.RawSearchAsk.P99:F1}x), check {s.Check.P99:F1} vs {s.RawSearchCheck.P99:F1} ms ({s.Check.P99 / s.RawSearchCheck.P99:F1}x) → {Met(s.Ask.P99 <= 2 * s.RawSearchAsk.P99 && s.Check.P99 <= 2 * s.RawSearchCheck.P99)}"));
        foreach (var h in s.Http)
        {
            md.AppendLine(Inv($"- ack p99 < 50 ms at {h.OfferedRate} req/s, {h.Name}: {h.Latency.P99:F1} ms, {h.AchievedRate:F0} req/s achieved → {Met(h.Latency.P99 < 50 && h.Failed == 0)}"));
        }

        md.AppendLine(Inv($"- ingest ≥ 5 MB/s of text per core: {largest.Ingest.MbPerSecond / Environment.ProcessorCount:F2} MB/s per core ({largest.Ingest.MbPerSecond:F2} MB/s on {Environment.ProcessorCount} cores) → {Met(largest.Ingest.MbPerSecond / Environment.ProcessorCount >= 5)}"));
        md.AppendLine(Inv($"- serving RSS < 300 MB: {s.PeakRssServingMb:F0} MB ({s.PeakRssAfterHttpMb?.ToString("F0", CultureInfo.InvariantCulture) ?? "-"} MB after HTTP) → {Met(s.PeakRssServingMb < 300)}"));
    }

    private static string P(LatencyStats stats) => Inv($"{stats.P50:F2} / {stats.P99:F2}");

    private static string Met(bool met) => met ? "met" : "MISSED";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
