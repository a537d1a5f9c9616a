using ClaimBot.Core.Reloading;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Posts reload progress to a response_url at most once per interval and at most <see cref="MaxPosts"/> times:
/// Slack allows five posts per response_url, and the result (plus a possible error) must still fit.
/// </summary>
internal sealed class SlackReloadProgressPoster(
    ISlackResponseUrlClient responses,
    string responseUrl,
    SlackOrigin origin,
    TimeProvider timeProvider,
    TimeSpan interval,
    ILogger logger,
    CancellationToken cancellationToken) : IProgress<ReloadProgress>
{
    public const int MaxPosts = 3;

    private readonly Lock _gate = new();
    private DateTimeOffset _last = timeProvider.GetUtcNow();
    private Task _pending = Task.CompletedTask;
    private int _posts;

    public void Report(ReloadProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            if (_posts >= MaxPosts || now - _last < interval || value.Done >= value.Total)
            {
                return;
            }

            _last = now;
            _posts++;
            _pending = PostAfterAsync(_pending, value);
        }
    }

    /// <summary>Waits for progress posts in flight, so the result is the last message.</summary>
    public Task FlushAsync()
    {
        lock (_gate)
        {
            return _pending;
        }
    }

    private async Task PostAfterAsync(Task previous, ReloadProgress value)
    {
        await previous.ConfigureAwait(false);
        try
        {
            await responses.PostAsync(responseUrl, origin, SlackAdminRenderer.Progress(value), SlackVisibility.Ephemeral, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SlackLog.ProgressPostFailed(logger, ex);
        }
    }
}
