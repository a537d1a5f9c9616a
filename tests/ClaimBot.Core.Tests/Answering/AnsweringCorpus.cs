namespace ClaimBot.Core.Tests.Answering;

/// <summary>Two invented articles about one event from different outlets, in English and Danish, that agree on some facts and disagree on others.</summary>
internal static class AnsweringCorpus
{
    public const string English = """
        Norway and Chile sign fisheries deal in Oslo

        date 2021-05-10

        NTB Oslo

        Norway has signed a fisheries agreement with Chile, Fisheries Minister Ola Berg told reporters on Monday.

        The negotiations began in Oslo on May 3 and lasted a week.

        "We have not agreed to any increase in the catch quota," Chilean negotiator Ana Rojas was quoted as saying by the EFE news agency.

        Berg said the agreement covers 12 fishing zones in the South Pacific.

        Environmental groups welcomed the deal but warned that monitoring will be difficult.
        """;

    public const string Danish = """
        Norge og Chile underskriver fiskeriaftale

        date 2021-05-11

        Aftalen omfatter 14 fiskezoner i Stillehavet, oplyser det norske fiskeriministerium.

        - Vi har ikke accepteret nogen forhøjelse af kvoten, sagde Chiles forhandler, Ana Rojas, til nyhedsbureauet EFE.

        Forhandlingerne begyndte i Oslo den 3. maj.

        Den danske regering har ikke kommenteret aftalen.
        """;
}
