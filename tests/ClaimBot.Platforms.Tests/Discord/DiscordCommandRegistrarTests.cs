using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ClaimBot.Platforms.Discord;

namespace ClaimBot.Platforms.Tests.Discord;

public sealed class DiscordCommandRegistrarTests
{
    private static readonly JsonSerializerOptions Wire = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    [Fact]
    public async Task RegisterAsync_MixedExistingSet_ReportsChangesAndPutsTheFullSet()
    {
        await using var rest = await DiscordRestFixture.StartAsync();
        var existing = AsDiscordReturnsThem();
        existing.RemoveAt(existing.Count - 1);
        existing[1]!["description"] = "An older description";
        existing.Add(new JsonObject { ["id"] = "9", ["type"] = 1, ["name"] = "oldcmd", ["description"] = "gone" });
        rest.Api.CommandsJson = existing.ToJsonString();

        var result = await rest.Registrar.RegisterAsync(null, CancellationToken.None);

        Assert.Equal("global", result.Scope);
        Assert.Equal(["Fact-check this message"], result.Added);
        Assert.Equal(["factcheck"], result.Updated);
        Assert.Equal(["oldcmd"], result.Removed);
        Assert.Equal(["ask", "compare", "sources", "reload"], result.Unchanged);
        var put = rest.Api.Requests.Single(r => r.Method == "PUT");
        Assert.Equal($"applications/{DiscordTestHost.ApplicationId}/commands", put.Route);
        Assert.Equal("Bot test-bot-token", put.Authorization);
        Assert.StartsWith("DiscordBot (", put.UserAgent, StringComparison.Ordinal);
        Assert.StartsWith("application/json", put.ContentType, StringComparison.Ordinal);
        Assert.Equal(DiscordCommandCatalog.Commands.Count, put.Json!.AsArray().Count);
    }

    [Fact]
    public async Task RegisterAsync_SetAlreadyRegistered_IsUnchangedAndSendsNothing()
    {
        await using var rest = await DiscordRestFixture.StartAsync();
        rest.Api.CommandsJson = AsDiscordReturnsThem().ToJsonString();

        var result = await rest.Registrar.RegisterAsync("290926798626357999", CancellationToken.None);

        Assert.True(result.NothingChanged);
        Assert.Equal(DiscordCommandCatalog.Commands.Count, result.Unchanged.Count);
        Assert.Equal("guild 290926798626357999", result.Scope);
        var get = Assert.Single(rest.Api.Requests);
        Assert.Equal($"applications/{DiscordTestHost.ApplicationId}/guilds/290926798626357999/commands", get.Route);
    }

    [Fact]
    public void Catalog_Reload_IsAdminOnlyByDefault()
    {
        var reload = DiscordCommandCatalog.Commands.Single(c => c.Name == "reload");

        var message = DiscordCommandCatalog.Commands.Single(c => c.Type == 3);

        Assert.Equal("0", reload.DefaultMemberPermissions);
        Assert.Null(message.Description);
        Assert.All(DiscordCommandCatalog.Commands.Where(c => c.Type == 1), c => Assert.InRange(c.Description!.Length, 1, 100));
    }

    // Discord reads commands back with ids, versions, empty descriptions on context menus and defaults omitted.
    private static JsonArray AsDiscordReturnsThem()
    {
        var array = JsonNode.Parse(JsonSerializer.Serialize(DiscordCommandCatalog.Commands, Wire))!.AsArray();
        var id = 100;
        foreach (var command in array.Select(c => c!.AsObject()))
        {
            command["id"] = (id++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            command["application_id"] = DiscordTestHost.ApplicationId;
            command["version"] = "1";
            command["nsfw"] = false;
            command["description"] ??= string.Empty;
            foreach (var option in command["options"]?.AsArray() ?? [])
            {
                if (option!["required"]?.GetValue<bool>() == false)
                {
                    option.AsObject().Remove("required");
                }
            }
        }

        return array;
    }
}
