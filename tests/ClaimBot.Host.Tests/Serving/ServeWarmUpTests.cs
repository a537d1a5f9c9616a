using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Host.Tests.Serving;

/// <summary>serve loads the claim index, the language models and the concept tables at start, not at the first question.</summary>
public sealed class ServeWarmUpTests
{
    private const int WarmedUpEvent = 1006;

    [Fact]
    public async Task Serve_AfterStart_WarmsUpTheIndexedLanguagesWithoutAQuestion()
    {
        using var workspace = TestWorkspace.WithSeeds();
        workspace.ExtraArgs.Add("--Logging:LogLevel:ClaimBot.Host.Serving=Information");
        var logs = new CapturingLoggerProvider();
        await using var host = await ServeTestHost.StartAsync(workspace, services: s => s.AddSingleton<ILoggerProvider>(logs));

        // Bounded: loading the data takes seconds on a busy 2-core machine; this only guards against a hang.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        while (!logs.Entries.Any(e => e.Id == WarmedUpEvent) && !timeout.IsCancellationRequested)
        {
            await Task.Delay(50);
        }

        var warmed = Assert.Single(logs.Entries, e => e.Id == WarmedUpEvent);
        Assert.Contains("(da,en)", warmed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" 0 claims", warmed.Message, StringComparison.Ordinal);
        Assert.Empty(host.Api.Calls);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(int Id, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(int Id, string Message)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((eventId.Id, formatter(state, exception)));
        }
    }
}
