using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace ClaimBot.Core.Tests.Phrasing;

/// <summary>Moq set-ups for <see cref="IChatCompletionService"/> that reply with fixed text or wait for cancellation.</summary>
internal static class ScriptedChat
{
    public static Mock<IChatCompletionService> Replying(string reply, List<ChatHistory>? histories = null, List<PromptExecutionSettings?>? settings = null)
    {
        var chat = Create();
        chat.Setup(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .Callback<ChatHistory, PromptExecutionSettings?, Kernel?, CancellationToken>((history, s, _, _) =>
            {
                histories?.Add(history);
                settings?.Add(s);
            })
            .ReturnsAsync([new ChatMessageContent(AuthorRole.Assistant, reply)]);
        return chat;
    }

    public static Mock<IChatCompletionService> Hanging(TaskCompletionSource called)
    {
        var chat = Create();
        chat.Setup(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .Returns<ChatHistory, PromptExecutionSettings?, Kernel?, CancellationToken>(async (_, _, _, cancellationToken) =>
            {
                called.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return [];
            });
        return chat;
    }

    public static Mock<IChatCompletionService> Throwing(Exception exception)
    {
        var chat = Create();
        chat.Setup(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(exception);
        return chat;
    }

    private static Mock<IChatCompletionService> Create()
    {
        var chat = new Mock<IChatCompletionService>();
        chat.SetupGet(c => c.Attributes).Returns(new Dictionary<string, object?>());
        return chat;
    }
}
