namespace ClaimBot.Core.Tests.Reloading;

/// <summary>Small English and Danish articles the reload tests write into their sources folder.</summary>
internal static class Articles
{
    public const string Harbour = """
        Copenhagen harbour bath reopens after repairs

        date 2023-06-12

        The harbour bath at Islands Brygge reopened on Monday after three weeks of repairs, the city council said.

        "The water quality is excellent and the bath is safe for swimmers," said Mette Hansen, the council's environment director.

        The repairs cost 2.4 million kroner, according to the council.

        Hansen said the bath would stay open until the end of September.
        """;

    public const string HarbourRevised = """
        Copenhagen harbour bath closes again

        date 2023-06-20

        The harbour bath at Islands Brygge closed again on Tuesday because of algae, the city council said.

        "We will not reopen the bath before the water has been tested twice," said Mette Hansen, the council's environment director.
        """;

    public const string Bridge = """
        Ny cykelbro åbner i Aarhus

        date 2023-05-02

        Den nye cykelbro over Aarhus Å åbner for trafik i næste uge, oplyser Aarhus Kommune.

        - Broen vil gøre det lettere for tusindvis af pendlere at komme på arbejde, siger rådmand Jens Nielsen.

        Broen har kostet 45 millioner kroner og er 120 meter lang.

        Ifølge kommunen har byggeriet ikke været forsinket.
        """;

    public const string Library = """
        Odense library extends opening hours

        date 2023-09-01

        The main library in Odense will open until 22:00 on weekdays from October, the municipality announced on Friday.

        "Students have asked for more evening hours for years," said Anna Berg, head of the library.

        The change will cost about 600,000 kroner a year.
        """;

    public const string Ferry = """
        Færgen til Samsø sejler igen

        date 2023-03-14

        Færgen mellem Hou og Samsø sejler igen efter en uges reparation, oplyser Samsø Rederi.

        - Vi er glade for, at passagererne kan komme hjem til øen igen, siger direktør Lars Holm.

        Rederiet har ikke oplyst, hvad reparationen har kostet.
        """;
}
