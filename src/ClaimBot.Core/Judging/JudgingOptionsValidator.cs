using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Judging;

/// <summary>Loads the engine model at start-up, so a missing or malformed model file stops the host with its reason instead of failing the first question.</summary>
public sealed class JudgingOptionsValidator : IValidateOptions<JudgingOptions>
{
    public ValidateOptionsResult Validate(string? name, JudgingOptions options)
    {
        try
        {
            EngineModelLoader.Load(options.ModelPath);
            return ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is InvalidDataException or FileNotFoundException or IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail($"Judging:ModelPath: {ex.Message}");
        }
    }
}
