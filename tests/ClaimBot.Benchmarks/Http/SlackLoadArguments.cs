using System.Globalization;

namespace ClaimBot.Benchmarks.Http;

/// <summary>Options of <c>slack-load</c>: <c>--rate R</c> per second, <c>--seconds S</c>, <c>--api-latency MS</c> of the fake response_url, <c>--concurrency N</c> (Slack:Concurrency).</summary>
internal sealed record SlackLoadArguments(int Rate, int Seconds, int ApiLatencyMs, int? Concurrency)
{
    public static SlackLoadArguments Parse(string[] args)
    {
        int rate = 50, seconds = 10, latency = 100;
        int? concurrency = null;
        for (var i = 0; i < args.Length; i++)
        {
            int Next() => i + 1 < args.Length
                ? int.Parse(args[++i], NumberStyles.Integer, CultureInfo.InvariantCulture)
                : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--rate": rate = Next(); break;
                case "--seconds": seconds = Next(); break;
                case "--api-latency": latency = Next(); break;
                case "--concurrency": concurrency = Next(); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        return new SlackLoadArguments(rate, seconds, latency, concurrency);
    }
}
