namespace ClaimBot.Core.Retrieval;

/// <summary>Where the language data lives. Section "Lexicon".</summary>
public sealed class LexiconOptions
{
    public const string SectionName = "Lexicon";

    /// <summary>Folder with languages/, entities/, concepts/ and wordnet/ (default: the Lexicons folder shipped beside the binaries).</summary>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Lexicons");
}
