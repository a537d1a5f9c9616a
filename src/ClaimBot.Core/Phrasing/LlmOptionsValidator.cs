using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Phrasing;

/// <summary>Stops start-up on an unusable "Llm" section or prompt directory, naming the key (and the prompt file).</summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var failures = new List<string>();
        var hasEndpoint = !string.IsNullOrWhiteSpace(options.Endpoint);
        var hasModel = !string.IsNullOrWhiteSpace(options.Model);
        if (hasEndpoint && !hasModel)
        {
            failures.Add("Llm:Model is required when Llm:Endpoint is set (the model id the server should use).");
        }

        if (hasModel && !hasEndpoint)
        {
            failures.Add("Llm:Endpoint is required when Llm:Model is set (an OpenAI-compatible base URL such as http://127.0.0.1:11434/v1).");
        }

        // The value is not echoed: a URL may carry credentials in its user-info part.
        if (hasEndpoint
            && (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint)
                || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)))
        {
            failures.Add("Llm:Endpoint must be an absolute http or https URL, e.g. http://127.0.0.1:11434/v1.");
        }

        if (options.TimeoutSeconds is < 1 or > 600)
        {
            failures.Add($"Llm:TimeoutSeconds must be between 1 and 600 (was {options.TimeoutSeconds}).");
        }

        if (string.IsNullOrWhiteSpace(options.PromptsPath))
        {
            failures.Add("Llm:PromptsPath must name the prompt directory (default \"prompts\").");
        }
        else
        {
            try
            {
                var directory = ReplyPromptLoader.ResolveDirectory(options.PromptsPath);
                ReplyPromptLoader.Validate(directory);
                if (options.HasModel)
                {
                    StancePrompt.Validate(directory);
                }
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                failures.Add($"Llm:PromptsPath: {exception.Message}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
