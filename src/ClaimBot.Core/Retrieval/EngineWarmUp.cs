using ClaimBot.Core.Documents;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Loads what a first question needs on the thread pool: the language detector's models (read from some 9 MB of
/// compressed n-gram tables) and the concept tables of the indexed languages. A one-shot CLI run would otherwise read
/// them one after the other on its way to the first answer; started together, the two loads overlap with each other
/// and with the store check. The data are the ones lazy loading reads, so replies do not change; a load that fails
/// here fails again, and is reported, where the question needs it.
/// </summary>
public sealed partial class EngineWarmUp(LanguageDetector detector, ConceptLexicon concepts, ILogger<EngineWarmUp> logger)
{
    /// <summary>Starts reading the language models.</summary>
    public Task StartLanguageModels() => Run("language models", detector.Warm);

    /// <summary>Starts loading the concept tables of <paramref name="languages"/> (the languages of the indexed sources).</summary>
    public Task StartConceptTables(IEnumerable<string> languages)
    {
        var list = languages.ToList();
        return Run("concept tables", () => concepts.Preload(list));
    }

    private Task Run(string what, Action load) => Task.Run(() =>
    {
        try
        {
            load();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            WarmUpFailed(logger, what, ex.Message);
        }
    });

    [LoggerMessage(EventId = 1301, Level = LogLevel.Debug, Message = "Warm-up of the {What} failed ({Reason}); they load when first needed")]
    private static partial void WarmUpFailed(ILogger logger, string what, string reason);
}
