namespace ClaimBot.Core.Retrieval;

/// <summary>Where the language data lives. Section "Lexicon".</summary>
public sealed class LexiconOptions
{
    public const string SectionName = "Lexicon";

    /// <summary>Folder with languages/, entities/, concepts/ and wordnet/ (default: the Lexicons folder shipped beside the binaries).</summary>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Lexicons");

    /// <summary>
    /// Folder for the compiled concept tables (<see cref="ConceptTableCache"/>); unset: the user's cache folder
    /// (<c>$XDG_CACHE_HOME/claimbot/concepts</c> or <c>~/.cache/claimbot/concepts</c>); empty: no compiled tables.
    /// </summary>
    public string? CachePath { get; set; }
}
