namespace ClaimBot.Core.Phrasing;

/// <summary>
/// The optional model that phrases replies, and where the reply prompts live. Section "Llm".
/// With no <see cref="Endpoint"/> and <see cref="Model"/> the offline phrasing answers through the same prompt functions.
/// </summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    /// <summary>Base URL of any OpenAI-compatible server, e.g. <c>http://127.0.0.1:11434/v1</c>. Requires <see cref="Model"/>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model id sent to <see cref="Endpoint"/>. Requires <see cref="Endpoint"/>.</summary>
    public string? Model { get; set; }

    /// <summary>Bearer key for the endpoint, if it needs one. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Upper bound on one model call (1..600); past it the offline phrasing answers, or the offline judge decides a check.</summary>
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>Folder holding <c>Replies/&lt;Function&gt;/skprompt.txt</c> and <c>config.json</c> (and, used with a model, <c>Judging/Stance/</c>): relative to the working directory, then to the application folder, or absolute.</summary>
    public string PromptsPath { get; set; } = "prompts";

    /// <summary>True when both <see cref="Endpoint"/> and <see cref="Model"/> are set, so replies go to the model.</summary>
    public bool HasModel => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);
}
