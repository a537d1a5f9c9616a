using ClaimBot.Core.Judging;
using ClaimBot.Core.Phrasing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Core.Tests.Phrasing;

public sealed class StanceReviewerRegistrationTests
{
    [Fact]
    public void AddClaimBotPhrasing_NoModel_KeepsTheOfflineJudge()
    {
        using var services = PhrasingServices.Build();

        Assert.IsType<OfflineStanceReviewer>(services.GetRequiredService<IStanceReviewer>());
    }

    [Fact]
    public void AddClaimBotPhrasing_ModelConfigured_TheModelReviewsAfterCoreRegisteredTheOfflineOne()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IStanceReviewer, OfflineStanceReviewer>();

        services.AddClaimBotPhrasing();
        services.Configure<LlmOptions>(o => { o.PromptsPath = RepoPrompts.Path; o.Endpoint = "http://127.0.0.1:9/v1"; o.Model = "m"; });
        using var provider = services.AddLogging().BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(IStanceReviewer));
        Assert.IsType<ModelStanceReviewer>(provider.GetRequiredService<IStanceReviewer>());
    }

    [Fact]
    public void Validate_ModelAndABrokenStancePrompt_FailsNamingKeyAndFile()
    {
        using var prompts = new TempPrompts();
        var config = Path.Combine(prompts.Path, "Judging", "Stance", "config.json");
        File.WriteAllText(config, File.ReadAllText(config).Replace("\"name\": \"evidence\"", "\"name\": \"claims\"", StringComparison.Ordinal));

        var withModel = new LlmOptionsValidator().Validate(null, new LlmOptions { Endpoint = "http://127.0.0.1:9/v1", Model = "m", PromptsPath = prompts.Path });
        var offline = new LlmOptionsValidator().Validate(null, new LlmOptions { PromptsPath = prompts.Path });

        Assert.True(withModel.Failed);
        Assert.Contains("Llm:PromptsPath", withModel.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(config, withModel.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("evidence", withModel.FailureMessage, StringComparison.Ordinal);
        Assert.True(offline.Succeeded, offline.FailureMessage);
    }

    [Fact]
    public void Validate_StanceTemplateWithTheStatementInTheSystemMessage_Fails()
    {
        using var prompts = new TempPrompts();
        var template = Path.Combine(prompts.Path, "Judging", "Stance", "skprompt.txt");
        File.WriteAllText(template, "<message role=\"system\">Judge {{$input}}</message><message role=\"user\">{{$evidence}}</message>");

        var result = new LlmOptionsValidator().Validate(null, new LlmOptions { Endpoint = "http://127.0.0.1:9/v1", Model = "m", PromptsPath = prompts.Path });

        Assert.True(result.Failed);
        Assert.Contains(template, result.FailureMessage, StringComparison.Ordinal);
    }
}
