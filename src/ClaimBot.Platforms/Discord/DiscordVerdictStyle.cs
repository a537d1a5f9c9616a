using ClaimBot.Core.Answering;

namespace ClaimBot.Platforms.Discord;

/// <summary>Label and embed colour per verdict: supported green, refuted red, conflicting orange, not enough info grey.</summary>
public static class DiscordVerdictStyle
{
    public const int Green = 0x2ECC71;
    public const int Red = 0xE74C3C;
    public const int Orange = 0xE67E22;
    public const int Grey = 0x95A5A6;

    public static string Label(VerdictKind verdict) => verdict switch
    {
        VerdictKind.Supported => "✅ Supported",
        VerdictKind.Refuted => "❌ Refuted",
        VerdictKind.Conflicting => "⚠️ Sources disagree",
        _ => "❔ Not enough information",
    };

    public static int Color(VerdictKind verdict) => verdict switch
    {
        VerdictKind.Supported => Green,
        VerdictKind.Refuted => Red,
        VerdictKind.Conflicting => Orange,
        _ => Grey,
    };
}
