using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Phrasing;

/// <summary>
/// Loads the reply prompts when the host starts (constructing <see cref="ReplyPrompts"/> throws on a bad prompt file,
/// which stops the host) and says whether replies are phrased offline or by a model.
/// </summary>
internal sealed class PhrasingStartup(ReplyPrompts prompts, IOptions<LlmOptions> options, ILogger<PhrasingStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var llm = options.Value;
        if (llm.HasModel)
        {
            // Host and port only: the path, query or user-info part of a URL may carry a key.
            var endpoint = new Uri(llm.Endpoint!);
            PhrasingLog.ModelMode(logger, prompts.Plugin.FunctionCount, llm.Model!, endpoint.Authority, llm.TimeoutSeconds);
        }
        else
        {
            PhrasingLog.OfflineMode(logger, prompts.Plugin.FunctionCount);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
