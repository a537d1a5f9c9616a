using ClaimBot.Core.Answering;

namespace ClaimBot.Platforms.Chat;

/// <summary>One source of a comparison as a table row; <paramref name="Ranked"/> puts claims cited by a group first.</summary>
internal sealed record ComparisonRow(SourceRef Source, IReadOnlyList<ComparedClaim> Ranked)
{
    private const int CitationNameChars = 30;

    /// <summary>What the source is called: the outlet, else the title, else the file.</summary>
    public string Name =>
        !string.IsNullOrWhiteSpace(Source.Outlet) ? Source.Outlet : !string.IsNullOrWhiteSpace(Source.Title) ? Source.Title : Source.File;

    /// <summary>The name as citations use it ("Reuters [1]"), short enough that a group of many sources stays one line.</summary>
    public string CitationName => ChatText.Fit(Name.ReplaceLineEndings(" "), CitationNameChars);

    /// <summary>The article's title when the name is the outlet, so two articles of one outlet can be told apart.</summary>
    public string? Title => string.IsNullOrWhiteSpace(Source.Title) || Source.Title == Name ? null : Source.Title;

    /// <summary>"Reuters · 2017-01-10 · engelsk": name, date and the source's language named in the reply's language.</summary>
    public string Heading(ComparisonWords words) =>
        string.Join(" · ", new[] { Name, Source.Date, words.LanguageName(Source.Language) }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>The first <paramref name="count"/> ranked claims, listed in [N] order.</summary>
    public IReadOnlyList<ComparedClaim> Pick(int count) => Ranked.Take(count).OrderBy(c => c.N).ToList();
}
