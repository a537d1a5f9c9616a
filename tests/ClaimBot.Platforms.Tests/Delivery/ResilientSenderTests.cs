using System.Net;
using ClaimBot.Platforms.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ClaimBot.Platforms.Tests.Delivery;

public sealed class ResilientSenderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeLogger<ResilientSender> _logger = new();

    [Fact]
    public async Task SendAsync_TwoDroppedConnectionsThenOk_RetriesAndReturnsOk()
    {
        var handler = new ScriptedHandler(_time, ScriptedHandler.Drop(), ScriptedHandler.Drop(), ScriptedHandler.Status(HttpStatusCode.OK));

        using var response = await RunAsync(handler, Target(idempotent: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, handler.Calls);
        Assert.Equal(2, _logger.Collector.GetSnapshot().Count(r => r.Id.Id == 7000));
    }

    [Fact]
    public async Task SendAsync_ServerErrorsThenOk_BacksOffBetweenAttempts()
    {
        var handler = new ScriptedHandler(_time, ScriptedHandler.Status(HttpStatusCode.BadGateway), ScriptedHandler.Status(HttpStatusCode.ServiceUnavailable), ScriptedHandler.Status(HttpStatusCode.OK));

        using var response = await RunAsync(handler, Target(idempotent: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var times = handler.CallTimes.ToArray();
        Assert.True(times[1] > times[0] && times[2] > times[1], "each retry waits a backoff delay first");
    }

    [Fact]
    public async Task SendAsync_ClientError_IsNotRetried()
    {
        var handler = new ScriptedHandler(_time, ScriptedHandler.Status(HttpStatusCode.BadRequest), ScriptedHandler.Status(HttpStatusCode.OK));

        using var response = await RunAsync(handler, Target(idempotent: true));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task SendAsync_AlwaysUnavailable_StopsAtThePlatformWindowAndLogsTheReference()
    {
        var handler = new ScriptedHandler(_time, ScriptedHandler.Status(HttpStatusCode.ServiceUnavailable));
        var deadline = _time.GetUtcNow() + TimeSpan.FromMinutes(2);

        var outcome = await Record.ExceptionAsync(async () => (await RunAsync(handler, Target(idempotent: false, deadline), maxAttempts: 50)).Dispose());

        Assert.IsType<DeliveryFailedException>(outcome);
        Assert.True(handler.Calls > 2, "it retried while the window was open");
        Assert.All(handler.CallTimes, t => Assert.True(t < deadline, "no attempt after the window closed"));
        var gaveUp = Assert.Single(_logger.Collector.GetSnapshot(), r => r.Id.Id == 7001);
        Assert.Equal(LogLevel.Error, gaveUp.Level);
        Assert.Contains("interaction-42", gaveUp.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_AttemptsExhausted_ReturnsLastServerErrorAndLogsOnce()
    {
        var handler = new ScriptedHandler(_time, ScriptedHandler.Status(HttpStatusCode.InternalServerError));

        using var response = await RunAsync(handler, Target(idempotent: true), maxAttempts: 3);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(3, handler.Calls);
        Assert.Single(_logger.Collector.GetSnapshot(), r => r.Id.Id == 7001);
    }

    [Fact]
    public async Task SendAsync_IdempotentCallHangs_IsRetriedAfterTheAttemptTimeout()
    {
        var handler = new ScriptedHandler(_time, ScriptedHandler.Hang(), ScriptedHandler.Status(HttpStatusCode.OK));

        using var response = await RunAsync(handler, Target(idempotent: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task SendAsync_PostHangs_IsNotRepeatedBecauseTheFirstMayStillLand()
    {
        var handler = new ScriptedHandler(_time, ScriptedHandler.Hang(), ScriptedHandler.Status(HttpStatusCode.OK));

        var outcome = await Record.ExceptionAsync(async () => (await RunAsync(handler, Target(idempotent: false))).Dispose());

        Assert.IsType<DeliveryFailedException>(outcome);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task SendAsync_RateLimited_WaitsRetryAfterWithinTheTargetsBudget()
    {
        var limited = () =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
            return Task.FromResult(response);
        };
        var handler = new ScriptedHandler(_time, _ => limited(), _ => limited(), ScriptedHandler.Status(HttpStatusCode.OK));

        using var response = await RunAsync(handler, Target(idempotent: false) with { RateLimitRetries = 1 });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(2, handler.Calls);
        var times = handler.CallTimes.ToArray();
        Assert.Equal(TimeSpan.FromSeconds(7), times[1] - times[0]);
    }

    [Fact]
    public async Task SendAsync_WindowAlreadyClosed_SendsNothing()
    {
        var handler = new ScriptedHandler(_time, ScriptedHandler.Status(HttpStatusCode.OK));

        var outcome = await Record.ExceptionAsync(async () => (await RunAsync(handler, Target(idempotent: true, _time.GetUtcNow().AddSeconds(-1)))).Dispose());

        Assert.IsType<DeliveryFailedException>(outcome);
        Assert.Equal(0, handler.Calls);
    }

    private DeliveryTarget Target(bool idempotent, DateTimeOffset? deadline = null) =>
        new("test post", "interaction-42", deadline ?? _time.GetUtcNow() + DeliveryTarget.DiscordTokenWindow, idempotent, RateLimitRetries: 0);

    // Drives the fake clock until the delivery ends, so backoff delays and timeouts pass without real waiting.
    private async Task<HttpResponseMessage> RunAsync(ScriptedHandler handler, DeliveryTarget target, int maxAttempts = 8)
    {
        var options = Options.Create(new DeliveryOptions { MaxAttempts = maxAttempts, AttemptTimeout = TimeSpan.FromSeconds(10) });
        var sender = new ResilientSender(_time, options, _logger);
        using var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var send = sender.SendAsync(http, () => new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:9/x"), target, CancellationToken.None);
        for (var i = 0; i < 10_000 && !send.IsCompleted; i++)
        {
            await Task.Delay(1);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        return await send;
    }
}
