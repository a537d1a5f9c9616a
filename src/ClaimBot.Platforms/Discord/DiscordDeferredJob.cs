namespace ClaimBot.Platforms.Discord;

/// <summary>Work that finishes an interaction after its first response: run once the response has reached Discord.</summary>
/// <param name="Acknowledged">Completes when the first response has been written, so an edit never overtakes it.</param>
/// <param name="RunAsync">Gets a token that fires only when the host gives up waiting at shutdown.</param>
internal sealed record DiscordDeferredJob(string InteractionId, Task Acknowledged, Func<CancellationToken, Task> RunAsync);
