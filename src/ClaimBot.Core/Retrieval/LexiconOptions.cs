namespace ClaimBot.Core.Retrieval;

/// <summary>Where the language data lives. Section "Lexicon".</summary>
public sealed class LexiconOptions
{
    public const string SectionName = "Lexicon";

    /// <summary>Folder with languages/, entities/ and freedict/ (default: the Lexicons folder shipped beside the binaries).</summary>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Lexicons");

    /// <summary>Extra folders searched for FreeDict dictd dictionaries (freedict-xxx-eng / freedict-eng-xxx), e.g. Debian's.</summary>
    public IList<string> DictionaryPaths { get; set; } = ["/usr/share/dictd"];
}
