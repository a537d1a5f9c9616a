namespace ClaimBot.Platforms.Sockets;

/// <summary>
/// Keeps a connection client (Slack Socket Mode, Discord Gateway) running for the host's lifetime: an unexpected
/// failure is reported and the client started again after a pause, instead of a BackgroundService failure stopping the host.
/// </summary>
public static class ClientRestarts
{
    public static async Task RunAsync(
        Func<CancellationToken, Task> run, TimeSpan pause, TimeProvider time, Action<Exception> failed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(failed);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await run(cancellationToken);
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                failed(ex);
                await Task.Delay(pause, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
