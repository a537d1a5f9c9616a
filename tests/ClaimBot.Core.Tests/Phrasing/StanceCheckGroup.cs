namespace ClaimBot.Core.Tests.Phrasing;

/// <summary>The model-judged check tests share one engine and one fake server, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class StanceCheckGroup : ICollectionFixture<StanceCheckFixture>
{
    public const string Name = "Stance check";
}
