namespace ClaimBot.Core.Tests.Phrasing;

/// <summary>Two invented articles, English and Danish, about a museum that a storm closed.</summary>
internal static class StanceCorpus
{
    public const string English = """
        Harbour Museum stays shut after storm

        date 2023-11-02

        Bergen Tidende Bergen

        The Harbour Museum in Bergen will remain closed to visitors until the spring, director Eva Lind said on Wednesday.

        Heavy winds last week tore part of the roof off the building.

        Lind said the repairs would cost about 4 million kroner.

        The city council has promised to pay half of the bill.
        """;

    public const string Danish = """
        Havnemuseet i Bergen får ny udstilling

        date 2023-11-05

        Havnemuseet åbner en udstilling om kystfiskeri, når reparationerne er færdige, siger direktør Eva Lind.

        Udstillingen viser både, net og fotografier fra 1800-tallet.

        Byrådet i Bergen har lovet at betale halvdelen af regningen.
        """;
}
