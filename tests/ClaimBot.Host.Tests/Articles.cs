namespace ClaimBot.Host.Tests;

/// <summary>Documents the host tests add to the sources folder.</summary>
internal static class Articles
{
    public const string HarbourFile = "harbour.txt";

    public const string HarbourQuestion = "when did the harbour bath reopen?";

    public const string Harbour = """
        Copenhagen harbour bath reopens after repairs

        date 2023-06-12

        The harbour bath at Islands Brygge reopened on Monday after three weeks of repairs, the city council said.

        "The water quality is excellent and the bath is safe for swimmers," said Mette Hansen, the council's environment director.

        The repairs cost 2.4 million kroner, according to the council.
        """;

    /// <summary>The first bytes of a PNG: a binary file that must be skipped.</summary>
    public static byte[] Binary => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
}
