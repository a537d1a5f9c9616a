using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Slack;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Tests.Slack;

public sealed class SlackCommandHandlerTests
{
    private readonly SlackOptions _options = new() { SigningSecret = "s", BotToken = "xoxb-1", AdminUserIds = { "UADMIN" } };

    [Theory]
    [InlineData("/ask", "who?", ChatCommandKind.Ask, "who?")]
    [InlineData("/factcheck", "they met", ChatCommandKind.Check, "they met")]
    [InlineData("/compare", "talks", ChatCommandKind.Compare, "talks")]
    [InlineData("/claimbot", "sources", ChatCommandKind.Sources, "")]
    [InlineData("/claimbot", " Reload ", ChatCommandKind.Reload, "")]
    [InlineData("/claimbot", "", ChatCommandKind.Help, "")]
    [InlineData("/claimbot", "whatever", ChatCommandKind.Help, "")]
    public void Parse_KnownCommand_MapsKindAndText(string command, string text, ChatCommandKind kind, string expectedText)
    {
        var (parsedKind, parsedText) = SlackCommandHandler.Parse(command, text);

        Assert.Equal(kind, parsedKind);
        Assert.Equal(expectedText, parsedText);
    }

    [Fact]
    public void Handle_SslCheck_AcksEmpty()
    {
        var (handler, _) = Create();

        var ack = handler.Handle(new SlackSlashCommand(string.Empty, string.Empty, string.Empty, string.Empty, null, null, IsSslCheck: true));

        Assert.Equal(200, ack.StatusCode);
        Assert.Null(ack.Body);
    }

    [Fact]
    public void Handle_ReloadFromNonAdmin_RefusesEphemerallyWithoutQueueing()
    {
        var (handler, jobs) = Create();

        var ack = handler.Handle(Command("/claimbot", "reload", "UOTHER"));

        Assert.Equal("ephemeral", (string?)ack.Body!["response_type"]);
        Assert.Contains("admins", (string?)ack.Body["text"], StringComparison.Ordinal);
        Assert.False(HasJob(jobs));
    }

    [Fact]
    public void Handle_ReloadFromAdmin_QueuesAdminRequest()
    {
        var (handler, jobs) = Create();

        handler.Handle(Command("/claimbot", "reload", "UADMIN"));

        var job = Assert.IsType<SlackCommandJob>(Next(jobs));
        Assert.True(job.Request.IsAdmin);
        Assert.Equal(ChatCommandKind.Reload, job.Request.Kind);
    }

    [Fact]
    public void Handle_AskWithoutText_ExplainsUsage()
    {
        var (handler, jobs) = Create();

        var ack = handler.Handle(Command("/ask", "  ", "U1"));

        Assert.Contains("/ask", (string?)ack.Body!["text"], StringComparison.Ordinal);
        Assert.False(HasJob(jobs));
    }

    [Fact]
    public void Handle_Ask_AcksEphemeralAndQueues()
    {
        var (handler, jobs) = Create();

        var ack = handler.Handle(Command("/ask", "who was invited?", "U1"));

        Assert.Equal("ephemeral", (string?)ack.Body!["response_type"]);
        Assert.Equal(SlackCommandHandler.WorkingText, (string?)ack.Body["text"]);
        var job = Assert.IsType<SlackCommandJob>(Next(jobs));
        Assert.Equal("who was invited?", job.Request.Text);
        Assert.Equal("https://hooks.slack.com/commands/1", job.ResponseUrl);
    }

    [Fact]
    public void Handle_FixtureForm_UnknownCommandGetsHelp()
    {
        var (handler, _) = Create();

        var ack = handler.Handle(SlackSlashCommand.FromForm(SlackFixtures.Text("slash_command.form.txt")));

        Assert.Contains("/weather", (string?)ack.Body!["text"], StringComparison.Ordinal);
        Assert.Contains("/factcheck", (string?)ack.Body["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_QueueFull_TellsUserToRetry()
    {
        _options.QueueCapacity = 1;
        var (handler, _) = Create();
        handler.Handle(Command("/ask", "one", "U1"));

        var ack = handler.Handle(Command("/ask", "two", "U1"));

        Assert.Contains("busy", (string?)ack.Body!["text"], StringComparison.Ordinal);
    }

    private static SlackSlashCommand Command(string command, string text, string user) =>
        new(command, text, user, "C1", "T1", "https://hooks.slack.com/commands/1");

    private (SlackCommandHandler Handler, SlackJobChannel Jobs) Create()
    {
        var options = Options.Create(_options);
        var jobs = new SlackJobChannel(options, TimeProvider.System);
        return (new SlackCommandHandler(jobs, options, NullLogger<SlackCommandHandler>.Instance), jobs);
    }

    private static bool HasJob(SlackJobChannel jobs) => jobs.TryDequeue(out _);

    private static SlackJob Next(SlackJobChannel jobs)
    {
        Assert.True(jobs.TryDequeue(out var job));
        return job;
    }
}
