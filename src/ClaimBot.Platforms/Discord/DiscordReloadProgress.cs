using ClaimBot.Core.Reloading;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Discord;

/// <summary>Shows reload progress by editing the deferred reply, at most once per interval and never before the deferral reached Discord.</summary>
internal sealed class DiscordReloadProgress(
    IDiscordInteractionResponder responder,
    DiscordInteraction interaction,
    Task acknowledged,
    TimeSpan interval,
    TimeProvider time,
    ILogger logger) : IProgress<ReloadProgress>
{
    private readonly Lock _lock = new();
    private Task _sending = Task.CompletedTask;
    private long? _lastSent;
    private bool _completed;

    public void Report(ReloadProgress value)
    {
        lock (_lock)
        {
            var now = time.GetTimestamp();
            if (_completed || !acknowledged.IsCompleted || !_sending.IsCompleted
                || (_lastSent is { } last && time.GetElapsedTime(last, now) < interval))
            {
                return;
            }

            _lastSent = now;
            _sending = SendAsync(value);
        }
    }

    /// <summary>Stops further edits and waits for one in flight, so the final result is the last edit.</summary>
    public Task CompleteAsync()
    {
        lock (_lock)
        {
            _completed = true;
            return _sending;
        }
    }

    private async Task SendAsync(ReloadProgress value)
    {
        try
        {
            await responder.EditOriginalAsync(interaction.Webhook, DiscordReloadView.Progress(value), CancellationToken.None);
        }
        catch (Exception ex)
        {
            DiscordLog.ProgressFailed(logger, interaction.Id, ex);
        }
    }
}
