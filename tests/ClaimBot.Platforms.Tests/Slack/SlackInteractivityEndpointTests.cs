using System.Net;
using System.Text.Json.Nodes;
using ClaimBot.Core.Answering;
using ClaimBot.Platforms.Chat;

namespace ClaimBot.Platforms.Tests.Slack;

public sealed class SlackInteractivityEndpointTests : SlackEndpointBed
{
    [Fact]
    public async Task Interactivity_FactCheckShortcut_RepliesInMessageThread()
    {
        Runner.Reply = (r, _) => new ChatReply(r.Kind, Check: SlackSamples.Check(VerdictKind.Refuted, 2));

        var response = await App.PostSignedAsync("/slack/interactivity", SlackTestApp.InteractivityForm(Shortcut("They were invited & <!here>", "42.0")));
        var post = await Slack.NextPostMessageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("42.0", (string?)post.Body["thread_ts"]);
        Assert.Contains(":x:", post.AllText, StringComparison.Ordinal);
        var request = Assert.Single(Runner.Requests);
        Assert.Equal(ChatCommandKind.Check, request.Kind);
        Assert.Equal("They were invited & <!here>", request.Text);
    }

    [Fact]
    public async Task Interactivity_ShortcutWhenBotNotInChannel_TellsUserViaResponseUrl()
    {
        Slack.PostMessageScript.Enqueue((200, """{"ok":false,"error":"not_in_channel"}""", null));

        await App.PostSignedAsync("/slack/interactivity", SlackTestApp.InteractivityForm(Shortcut("a statement", "43.0")));
        var notice = await Slack.NextResponseAsync();

        Assert.Equal("ephemeral", (string?)notice.Body["response_type"]);
        Assert.Contains("not_in_channel", notice.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interactivity_ShowAllEvidence_PostsEveryItemEphemerally()
    {
        Runner.Reply = (r, _) => new ChatReply(r.Kind, Answer: SlackSamples.Answer(30));
        await App.PostSignedAsync("/slack/commands", SlackTestApp.Command("/ask", "q", Slack.ResponseUrl("ask")));
        var answer = await Slack.NextResponseAsync();
        var button = SlackBlockAssert.Descendants(answer.Body).OfType<JsonObject>().Single(o => (string?)o["action_id"] == "show_all_evidence");

        var click = await App.PostSignedAsync("/slack/interactivity", SlackTestApp.InteractivityForm(Click((string)button["value"]!)));
        var evidence = await Slack.NextResponseAsync();

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        Assert.Equal("ephemeral", (string?)evidence.Body["response_type"]);
        Assert.Contains("All evidence (30)", evidence.AllText, StringComparison.Ordinal);
        Assert.Contains("Quote number 30", evidence.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interactivity_UnknownEvidenceKey_SaysItExpired()
    {
        await App.PostSignedAsync("/slack/interactivity", SlackTestApp.InteractivityForm(Click("slack:evidence:missing")));
        var notice = await Slack.NextResponseAsync();

        Assert.Contains("no longer available", notice.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interactivity_MissingPayload_Returns400()
    {
        var response = await App.PostSignedAsync("/slack/interactivity", SlackTestApp.Form(("foo", "bar")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("payload", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interactivity_FixtureBlockActionsWithOtherAction_AcksWithoutWork()
    {
        var response = await App.PostSignedAsync("/slack/interactivity", SlackTestApp.InteractivityForm(SlackFixtures.Text("block_actions_payload.json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Runner.Requests);
    }

    private string Click(string key) => new JsonObject
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = "U7" },
        ["channel"] = new JsonObject { ["id"] = "C1" },
        ["response_url"] = Slack.ResponseUrl("click"),
        ["actions"] = new JsonArray { new JsonObject { ["action_id"] = "show_all_evidence", ["value"] = key, ["type"] = "button" } },
    }.ToJsonString();

    private string Shortcut(string text, string ts) => new JsonObject
    {
        ["type"] = "message_action",
        ["callback_id"] = "factcheck_message",
        ["user"] = new JsonObject { ["id"] = "U7" },
        ["channel"] = new JsonObject { ["id"] = "C1" },
        ["message"] = new JsonObject { ["type"] = "message", ["text"] = text, ["ts"] = ts, ["user"] = "U9" },
        ["response_url"] = Slack.ResponseUrl("shortcut"),
    }.ToJsonString();
}
