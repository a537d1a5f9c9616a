using ClaimBot.Core.Phrasing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Tests.Phrasing;

public sealed class LlmOptionsValidatorTests
{
    [Theory]
    [InlineData("http://127.0.0.1:1/v1", null, 20, "Llm:Model")]
    [InlineData(null, "m", 20, "Llm:Endpoint")]
    [InlineData("127.0.0.1:1/v1", "m", 20, "Llm:Endpoint")]
    [InlineData("ftp://example.org/v1", "m", 20, "Llm:Endpoint")]
    [InlineData(null, null, 0, "Llm:TimeoutSeconds")]
    [InlineData(null, null, 601, "Llm:TimeoutSeconds")]
    public void Validate_BadSetting_FailsNamingTheKey(string? endpoint, string? model, int timeoutSeconds, string key)
    {
        var options = new LlmOptions { Endpoint = endpoint, Model = model, TimeoutSeconds = timeoutSeconds, PromptsPath = RepoPrompts.Path };

        var result = new LlmOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("http://127.0.0.1:11434/v1", "llama3")]
    [InlineData("https://api.openai.com/v1", "gpt-4o-mini")]
    public void Validate_GoodSettings_Succeeds(string? endpoint, string? model)
    {
        var options = new LlmOptions { Endpoint = endpoint, Model = model, PromptsPath = RepoPrompts.Path };

        var result = new LlmOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_ApiKeyInBadEndpoint_DoesNotEchoIt()
    {
        var options = new LlmOptions { Endpoint = "secret-key-123", Model = "m", PromptsPath = RepoPrompts.Path };

        var result = new LlmOptionsValidator().Validate(null, options);

        Assert.DoesNotContain("secret-key-123", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_MalformedPrompt_StopsNamingKeyAndFile()
    {
        using var prompts = new TempPrompts();
        File.WriteAllText(prompts.File("Answer", "config.json"), "not json");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddClaimBotPhrasing();
        builder.Services.Configure<LlmOptions>(o => o.PromptsPath = prompts.Path);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Llm:PromptsPath", error.Message, StringComparison.Ordinal);
        Assert.Contains(prompts.File("Answer", "config.json"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_ValidPrompts_LogsOfflineMode()
    {
        var logs = new CapturingLoggerProvider();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddProvider(logs);
        builder.Services.AddClaimBotPhrasing();
        builder.Services.Configure<LlmOptions>(o => o.PromptsPath = RepoPrompts.Path);
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        Assert.Contains(logs.Entries, e => e.EventId.Id == 4000);
        Assert.Contains(logs.Entries, e => e.EventId.Id == 4001);
    }

    [Fact]
    public void StartupValidator_EndpointWithoutModel_ThrowsNamingTheKey()
    {
        using var services = PhrasingServices.Build(o => o.Endpoint = "http://127.0.0.1:9/v1");

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Llm:Model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolvePhraser_MissingPrompt_ThrowsNamingTheFile()
    {
        using var prompts = new TempPrompts();
        File.Delete(prompts.File("Comparison", "skprompt.txt"));
        using var services = PhrasingServices.Build(o => o.PromptsPath = prompts.Path);

        var error = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<IReplyPhraser>());

        Assert.Contains(prompts.File("Comparison", "skprompt.txt"), error.Message, StringComparison.Ordinal);
    }
}
