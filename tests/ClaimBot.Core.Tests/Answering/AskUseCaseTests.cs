using ClaimBot.Core.Answering;

namespace ClaimBot.Core.Tests.Answering;

public sealed class AskUseCaseTests(AnsweringFixture fixture) : IClassFixture<AnsweringFixture>
{
    [Fact]
    public async Task AskAsync_QuestionTheSourcesAnswer_CitesTheClaimWithTheFact()
    {
        var answer = await fixture.Ask.AskAsync("How many fishing zones does the agreement cover?", CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Equal("en", answer.Language);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("12 fishing zones", StringComparison.Ordinal));
        Assert.Contains("[1]", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_OutOfScopeQuestion_SaysTheSourcesDoNotSayAndCitesNothing()
    {
        var answer = await fixture.Ask.AskAsync("Who won the 2018 World Cup?", CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("The sources don't say", answer.Text, StringComparison.Ordinal);
        Assert.Contains("“Who won the 2018 World Cup?”", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[", answer.Text, StringComparison.Ordinal);
    }

    [Fact(Skip = "Known limit (README, Quality): on a two-document store the answerable model, which reads corpus-relative scores, answers a question that shares only a country with the sources.")]
    public async Task AskAsync_QuestionSharingOnlyACountry_Abstains()
    {
        var answer = await fixture.Ask.AskAsync("Who is the president of Chile?", CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task AskAsync_DanishQuestion_AnswersInDanishFromTheDanishSource()
    {
        var answer = await fixture.Ask.AskAsync("Hvor mange fiskezoner omfatter aftalen?", CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Equal("da", answer.Language);
        Assert.Contains(answer.Citations, c => c.Source.File == "dk-fiskeri.txt" && c.Quote.Contains("14", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskAsync_EnglishQuestionAboutASpeaker_QuotesBothLanguagesAndMarksTheDanishOne()
    {
        var answer = await fixture.Ask.AskAsync("What did Ana Rojas say?", CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.Source.Language == "da");
        Assert.Contains(answer.Citations, c => c.Source.Language == "en");
        Assert.All(answer.Citations, c => Assert.Equal("Ana Rojas", c.Speaker?.Name));
        Assert.Contains("(in Danish)", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_WhatSomeoneNoSourceNamesSaid_Abstains()
    {
        var answer = await fixture.Ask.AskAsync("What did Pedro Alvarez say about how many fishing zones the agreement covers?", CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task AskAsync_DanishQuestionAboutEnglishOnlyFact_FindsTheEnglishClaim()
    {
        var answer = await fixture.Ask.AskAsync("Hvad advarede grupperne om?", CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.Source.Language == "en" && c.Quote.Contains("Environmental groups", StringComparison.Ordinal));
        Assert.Contains("(på engelsk)", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many fishing zones does the agreement cover?")]
    [InlineData("When did the negotiations begin?")]
    [InlineData("What did Ana Rojas say?")]
    [InlineData("Hvornår begyndte forhandlingerne?")]
    public async Task AskAsync_AnyAnswer_EverySentenceCitesOnlyNumbersItHas(string question)
    {
        var answer = await fixture.Ask.AskAsync(question, CancellationToken.None);

        Assert.True(answer.Answered);
        var numbers = System.Text.RegularExpressions.Regex.Matches(answer.Text, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.NotEmpty(numbers);
        Assert.Equal(answer.Citations.Select(c => c.N).ToHashSet(), numbers);
    }

    [Theory]
    [InlineData("Hvem sagde, at aftalen dækker 12 fiskezoner?", "da", "(på engelsk)")]
    [InlineData("Hvem sa at avtalen dekker 12 fiskesoner?", "nb", "(på engelsk)")]
    [InlineData("Wer sagte, dass das Abkommen 12 Fischereizonen umfasst?", "de", "(auf Englisch)")]
    [InlineData("Qui a dit que l'accord couvre 12 zones de pêche ?", "fr", "(en anglais)")]
    public async Task AskAsync_QuestionInAnotherLanguageAboutTheEnglishSource_AnswersDirectlyInTheQuestionsLanguage(string question, string language, string marker)
    {
        var answer = await fixture.Ask.AskAsync(question, CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Equal(language, answer.Language);
        Assert.StartsWith("Ola Berg [1]", answer.Text, StringComparison.Ordinal);
        Assert.Contains(marker, answer.Text, StringComparison.Ordinal);
        Assert.Equal("en", answer.Citations[0].Source.Language);
    }
}
