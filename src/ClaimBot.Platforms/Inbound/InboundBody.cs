namespace ClaimBot.Platforms.Inbound;

/// <summary>A request body read within its limit, or the status to answer instead (413 too large, 400 abandoned).</summary>
public sealed record InboundBody(byte[]? Bytes, int? FailureStatus)
{
    public static InboundBody TooLarge { get; } = new(null, 413);

    public static InboundBody Abandoned { get; } = new(null, 400);
}
