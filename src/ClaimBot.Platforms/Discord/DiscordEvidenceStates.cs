using System.Text.Json;
using ClaimBot.Core.Claims;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord;

/// <summary>Keeps the evidence behind "Show all evidence" buttons in the claim store, so any instance can answer the click.</summary>
public sealed class DiscordEvidenceStates(IClaimStore store, IOptions<DiscordOptions> options, TimeProvider time)
{
    private const string KeyPrefix = "discord:evidence:";

    /// <summary>A fresh key: 32 hex characters, so the button's custom_id stays far below 100.</summary>
    public static string NewKey() => Guid.NewGuid().ToString("N");

    public Task SaveAsync(string key, DiscordEvidenceState state, CancellationToken cancellationToken) =>
        store.SaveReplyStateAsync(
            KeyPrefix + key,
            JsonSerializer.Serialize(state, DiscordJson.Options),
            time.GetUtcNow().Add(options.Value.EvidenceRetention),
            cancellationToken);

    /// <summary>The stored state, or null when unknown, expired or unreadable.</summary>
    public async Task<DiscordEvidenceState?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var json = await store.GetReplyStateAsync(KeyPrefix + key, cancellationToken);
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<DiscordEvidenceState>(json, DiscordJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
