using System.Collections.Concurrent;
using System.Net;
using ClaimBot.Core.Answering;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClaimBot.Host.Tests.Serving;

/// <summary>Issue 8's "Done when": two serve instances on different ports share one PostgreSQL database.</summary>
public sealed class ScaleOutTests
{
    private const int AsksPerInstance = 40;

    [PostgresFact]
    public async Task TwoInstances_ReloadThroughOne_IsSeenByTheOtherAndBothKeepAnswering()
    {
        var connectionString = PostgresFactAttribute.ConnectionString
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.VariableName} is not set and CI=true forbids skipping.");
        var schema = "scaleout_" + Guid.NewGuid().ToString("N")[..12];
        await using (var setup = new NpgsqlConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", setup);
            await create.ExecuteNonQueryAsync();
        }

        var shared = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString;
        using var workspace = TestWorkspace.WithSeeds();
        workspace.ExtraArgs.AddRange(["--Store:Provider=Postgres", $"--Store:ConnectionString={shared}"]);
        await using var first = await ServeTestHost.StartAsync(workspace);
        await using var second = await ServeTestHost.StartAsync(workspace);
        var askFirst = first.Services.GetRequiredService<AskUseCase>();
        var askSecond = second.Services.GetRequiredService<AskUseCase>();
        Assert.NotEqual(first.Client.BaseAddress, second.Client.BaseAddress);
        Assert.False((await askSecond.AskAsync(Articles.HarbourQuestion, CancellationToken.None)).Answered);

        await workspace.WriteSourceAsync(Articles.HarbourFile, Articles.Harbour);
        var failures = new ConcurrentQueue<string>();
        var askers = new[] { askFirst, askSecond }.Select(ask => Task.Run(async () =>
        {
            for (var i = 0; i < AsksPerInstance; i++)
            {
                var answer = await ask.AskAsync("who was invited to Astana?", CancellationToken.None);
                if (!answer.Answered)
                {
                    failures.Enqueue("not answered during the reload");
                }
            }
        })).ToList();
        using var reload = await first.ReloadAsync(ServeTestHost.AdminToken);
        await Task.WhenAll(askers);

        Assert.Equal(HttpStatusCode.OK, reload.StatusCode);
        Assert.Empty(failures);
        var seenBySecond = await askSecond.AskAsync(Articles.HarbourQuestion, CancellationToken.None);
        Assert.True(seenBySecond.Answered);
        Assert.Contains(seenBySecond.Citations, c => c.Source.File == Articles.HarbourFile);
        Assert.Equal(HttpStatusCode.OK, (await second.Client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }
}
