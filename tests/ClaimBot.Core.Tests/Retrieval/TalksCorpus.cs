using ClaimBot.Core.Claims;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Tests.Retrieval;

/// <summary>Two invented reports on one round of talks, in English and Danish, extracted by the real pipeline once per test run.</summary>
internal static class TalksCorpus
{
    public const string English = """
        Russia invites the United States to the Syria talks

        date 2017-01-10

        Russia invited the United States to the talks in Astana, Foreign Minister Sergey Lavrov said on Tuesday.

        Iran objects to US participation in the negotiations.

        The talks will begin on January 23 and 14 delegations are expected.

        The rebels may send a delegation to the meeting.

        The ceasefire has held for two weeks.

        Turkey has not invited Saudi Arabia to the conference.

        Turkey invited Qatar to the conference in Ankara, but the rebel groups in the north have not answered yet.
        """;

    public const string Danish = """
        Rusland inviterer USA til forhandlinger om Syrien

        date 2017-01-11

        Rusland har inviteret USA til forhandlingerne i Astana, sagde udenrigsminister Sergej Lavrov tirsdag.

        Iran er imod amerikansk deltagelse i forhandlingerne.

        Våbenhvilen har holdt i to uger.

        Aftalen blev underskrevet i Ankara.
        """;

    private static readonly Lazy<IReadOnlyList<Claim>> EnglishClaims = new(() => EngineParts.Document("talks-en.txt", English, "en"));
    private static readonly Lazy<IReadOnlyList<Claim>> DanishClaims = new(() => EngineParts.Document("talks-da.txt", Danish, "da"));
    private static readonly Lazy<ClaimIndex> Both = new(() => EngineParts.Index(EnglishClaims.Value, DanishClaims.Value));

    public static IReadOnlyList<Claim> EnglishReport => EnglishClaims.Value;

    public static IReadOnlyList<Claim> DanishReport => DanishClaims.Value;

    /// <summary>Both reports in one index.</summary>
    public static ClaimIndex Index => Both.Value;

    /// <summary>The one claim of either report whose text contains <paramref name="fragment"/>.</summary>
    public static Claim Claim(string fragment) =>
        Assert.Single(EnglishReport.Concat(DanishReport), c => c.Text.Contains(fragment, StringComparison.Ordinal));
}
