namespace ClaimBot.Core.Answering;

public sealed class AnswerComposer
{
    public Task<ComposedReply<Answer>> ComposeAsync(string question, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
