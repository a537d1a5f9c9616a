using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Discord;

/// <summary>
/// Registers <see cref="DiscordCommandCatalog.Commands"/> with one bulk overwrite (PUT), globally or for one guild.
/// Reads the current set first to report what changes, and sends nothing when it already matches, so re-running is
/// harmless and does not spend the daily command-create quota.
/// </summary>
public sealed class DiscordCommandRegistrar(DiscordRestClient client, ILogger<DiscordCommandRegistrar> logger)
{
    /// <param name="guildId">A guild id for instant, guild-only registration (testing); null for global commands.</param>
    public async Task<DiscordRegistrationResult> RegisterAsync(string? guildId, CancellationToken cancellationToken)
    {
        var desired = DiscordCommandCatalog.Commands;
        var existing = await client.GetCommandsAsync(guildId, cancellationToken);
        var current = existing.GroupBy(Key).ToDictionary(g => g.Key, g => Canonical(g.First()));
        var wanted = desired.Select(Key).ToHashSet();

        var added = new List<string>();
        var updated = new List<string>();
        var unchanged = new List<string>();
        foreach (var command in desired)
        {
            var target = current.TryGetValue(Key(command), out var have) ? have == Canonical(command) ? unchanged : updated : added;
            target.Add(command.Name);
        }

        var removed = existing.Where(c => !wanted.Contains(Key(c))).Select(c => c.Name).ToList();
        var result = new DiscordRegistrationResult(guildId is null ? "global" : $"guild {guildId}", added, updated, removed, unchanged);
        if (!result.NothingChanged)
        {
            await client.PutCommandsAsync(guildId, desired, cancellationToken);
        }

        DiscordLog.Registered(logger, result.Scope, added.Count, updated.Count, removed.Count, unchanged.Count);
        return result;
    }

    private static (string Name, int Type) Key(DiscordApplicationCommand command) => (command.Name, command.Type ?? 1);

    // Discord reads commands back with defaults filled in (description "" on context menus, required false);
    // both sides are reduced to the fields ClaimBot sets, with the same defaults, before comparing.
    private static string Canonical(DiscordApplicationCommand command)
    {
        var type = command.Type ?? 1;
        var normal = new DiscordApplicationCommand(
            command.Name,
            type,
            type == 1 ? command.Description ?? string.Empty : string.Empty,
            (command.Options ?? []).Select(o => o with { Required = o.Required ?? false, Autocomplete = o.Autocomplete ?? false }).ToList(),
            command.DefaultMemberPermissions);
        return JsonSerializer.Serialize(normal, DiscordJson.Options);
    }
}
