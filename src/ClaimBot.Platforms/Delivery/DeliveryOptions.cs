namespace ClaimBot.Platforms.Delivery;

/// <summary>Retry settings of <see cref="ResilientSender"/>. Section "Delivery"; the defaults suit Slack and Discord.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>First retry delay; later ones grow exponentially with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest single wait between attempts.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Bound on one attempt; a hung connection is abandoned and (for idempotent calls) retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Attempts per delivery, first included; the platform's window bounds them as well.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>A 429 asking for a longer pause than this is not waited out but returned.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Window for deliveries the platform sets no limit on (Slack chat.postMessage with the bot token).</summary>
    public TimeSpan DefaultWindow { get; set; } = TimeSpan.FromMinutes(15);
}
