using ClaimBot.Core.Phrasing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace ClaimBot.Core.Tests.Phrasing;

public sealed class OfflinePhrasingTests
{
    public static TheoryData<ReplyKind, string> Requests() => new()
    {
        { ReplyKind.Answer, "da" },
        { ReplyKind.Verdict, "da" },
        { ReplyKind.Comparison, "da" },
        { ReplyKind.Answer, "en" },
        { ReplyKind.Verdict, "en" },
        { ReplyKind.Comparison, "en" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task PhraseAsync_NoModelConfigured_ReturnsExactlyTheOfflineRendering(ReplyKind kind, string language)
    {
        var chat = new Mock<IChatCompletionService>(MockBehavior.Strict);
        await using var services = PhrasingServices.Build(chat: chat.Object);
        var request = language == "da" ? SampleRequests.Danish(kind) : SampleRequests.English(kind);

        var reply = await services.GetRequiredService<IReplyPhraser>().PhraseAsync(request, CancellationToken.None);

        Assert.Equal(new OfflinePhraser().Render(request), reply);
        chat.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task InvokeAsync_NoModelConfigured_AnswersThroughTheKernelFunction()
    {
        await using var services = PhrasingServices.Build();
        var function = services.GetRequiredService<ReplyPrompts>().For(ReplyKind.Answer);
        var request = SampleRequests.Danish();

        var result = await function.InvokeAsync(
            services.GetRequiredService<Kernel>(),
            PhrasingArguments.Create(request, new OfflinePhraser()));

        Assert.Equal("Zarif siger, at Iran ikke har inviteret USA [1]. Løkke siger, at Danmark støtter forhandlingerne i Genève [2].", result.GetValue<string>());
        Assert.Equal("Replies", result.Function.PluginName);
    }

    [Fact]
    public void AddClaimBotPhrasing_AfterCoreDefault_ReplacesTheOfflineOnlyPhraser()
    {
        var services = new ServiceCollection();
        services.AddSingleton<OfflinePhraser>();
        services.AddSingleton<IReplyPhraser, OfflineReplyPhraser>();

        services.AddClaimBotPhrasing();

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(IReplyPhraser));
        Assert.Equal(typeof(SemanticKernelPhraser), descriptor.ImplementationType);
    }
}
