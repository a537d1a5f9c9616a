namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>What a Gateway session needs to be resumed: its id, the resume URL from READY, and the last sequence seen.</summary>
internal sealed class DiscordGatewaySession
{
    private long _sequence = -1;

    public string? SessionId { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    /// <summary>The bot's own user id (from READY): the mention to look for and the author to ignore.</summary>
    public string? BotUserId { get; private set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    /// <summary>The last dispatch sequence, or null before the first; read by the heartbeat loop.</summary>
    public long? Sequence => Interlocked.Read(ref _sequence) is var s && s >= 0 ? s : null;

    public void Observe(long sequence)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref _sequence);
            if (sequence <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _sequence, sequence, current) != current);
    }

    public void Start(string sessionId, Uri? resumeUrl, string? botUserId)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
        BotUserId = botUserId ?? BotUserId;
    }

    /// <summary>Forgets the session (its events cannot be replayed); the next connection identifies anew.</summary>
    public void Invalidate()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref _sequence, -1);
    }
}
