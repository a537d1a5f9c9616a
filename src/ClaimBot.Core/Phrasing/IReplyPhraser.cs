namespace ClaimBot.Core.Phrasing;

/// <summary>Turns selected evidence into the reply text. Never states what the evidence does not say; every sentence cites [N].</summary>
public interface IReplyPhraser
{
    Task<string> PhraseAsync(PhrasingRequest request, CancellationToken cancellationToken);
}
