using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ClaimBot.Core.Phrasing;

/// <summary>
/// The reply prompt plugin ("Replies": Answer, Verdict, Comparison) loaded from <see cref="LlmOptions.PromptsPath"/>.
/// Constructing it loads and checks the files; a missing or malformed prompt throws an exception naming the file.
/// </summary>
public sealed class ReplyPrompts(Kernel kernel, IOptions<LlmOptions> options, ILogger<ReplyPrompts> logger)
{
    private readonly KernelPlugin _plugin = Load(kernel, options.Value, logger);

    /// <summary>The loaded plugin. It is deliberately not added to the kernel's plugins, so no model can be offered it as a tool.</summary>
    public KernelPlugin Plugin => _plugin;

    /// <summary>The prompt function for one kind of reply.</summary>
    public KernelFunction For(ReplyKind kind) => _plugin[kind.ToString()];

    private static KernelPlugin Load(Kernel kernel, LlmOptions options, ILogger logger)
    {
        var directory = ReplyPromptLoader.ResolveDirectory(options.PromptsPath);
        var plugin = ReplyPromptLoader.Load(kernel, directory);
        PhrasingLog.PromptsLoaded(logger, plugin.FunctionCount, directory);
        return plugin;
    }
}
