using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ClaimBot.Core.Phrasing;

/// <summary>
/// The stance prompt function, <c>Judging/Stance</c> under <see cref="LlmOptions.PromptsPath"/>, checked by the same rules as
/// the reply prompts. Needed only with a model, so <see cref="LlmOptionsValidator"/> checks it only then.
/// </summary>
internal sealed class StancePrompt(Kernel kernel, IOptions<LlmOptions> options)
{
    public const string PluginName = "Judging";
    public const string FunctionName = "Stance";

    /// <summary>Not added to the kernel's plugins, so no model can be offered it as a tool.</summary>
    public KernelFunction Function { get; } = Load(kernel, ReplyPromptLoader.ResolveDirectory(options.Value.PromptsPath));

    /// <summary>Throws <see cref="IOException"/> or <see cref="InvalidDataException"/> naming the offending file.</summary>
    public static void Validate(string promptsDirectory) =>
        ReplyPromptLoader.ValidateFunction(Path.Combine(promptsDirectory, PluginName, FunctionName), StanceArguments.RequiredNames);

    private static KernelFunction Load(Kernel kernel, string promptsDirectory)
    {
        Validate(promptsDirectory);
        var plugin = kernel.CreatePluginFromPromptDirectory(Path.Combine(promptsDirectory, PluginName), PluginName);
        return plugin.TryGetFunction(FunctionName, out var function)
            ? function
            : throw new InvalidDataException($"Prompt plugin '{Path.Combine(promptsDirectory, PluginName)}' did not yield the function '{FunctionName}'.");
    }
}
