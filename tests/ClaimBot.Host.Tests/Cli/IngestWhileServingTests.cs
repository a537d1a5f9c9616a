using ClaimBot.Core.Answering;
using ClaimBot.Host.Tests.Serving;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Host.Tests.Cli;

/// <summary><c>claimbot ingest</c> is the same reload mechanism: a running host over the same store serves its result.</summary>
[Collection(ConsoleTests.Name)]
public sealed class IngestWhileServingTests
{
    [Fact]
    public async Task Ingest_WhileServeRuns_HostAnswersFromTheNewDocument()
    {
        using var workspace = TestWorkspace.WithSeeds();
        await using var host = await ServeTestHost.StartAsync(workspace);
        await workspace.WriteSourceAsync(Articles.HarbourFile, Articles.Harbour);

        var run = await CliRunner.RunAsync(workspace.ConfigurationArgs, "ingest", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Articles.HarbourFile, Assert.Single(run.Json().GetProperty("added").EnumerateArray().ToList()).GetString());
        var answer = await host.Services.GetRequiredService<AskUseCase>().AskAsync(Articles.HarbourQuestion, CancellationToken.None);
        Assert.Contains(answer.Citations, c => c.Source.File == Articles.HarbourFile);
        using var ready = await host.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.True((await ServeTestHost.JsonAsync(ready))["generation"]!.GetValue<long>() >= 2);
    }
}
