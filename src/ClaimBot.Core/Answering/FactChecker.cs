namespace ClaimBot.Core.Answering;

public sealed class FactChecker
{
    public Task<ComposedReply<FactCheck>> CheckAsync(string statement, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
