namespace ClaimBot.Core.Answering;

public sealed class TopicComparer
{
    public Task<ComposedReply<Comparison>> CompareAsync(string topic, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
