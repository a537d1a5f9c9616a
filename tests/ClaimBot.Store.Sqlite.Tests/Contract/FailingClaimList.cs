using System.Collections;
using ClaimBot.Core.Claims;

namespace ClaimBot.Store.Contract;

/// <summary>
/// Claims that fail part-way through enumeration, to simulate a crash inside a commit after its writes started:
/// after <c>failAfter</c> claims it either throws or cancels the commit's token.
/// </summary>
public sealed class FailingClaimList(IReadOnlyList<Claim> claims, int failAfter, CancellationTokenSource? cancel = null) : IReadOnlyList<Claim>
{
    public int Count => claims.Count;

    public Claim this[int index]
    {
        get
        {
            if (index >= failAfter)
            {
                Fail();
            }

            return claims[index];
        }
    }

    public IEnumerator<Claim> GetEnumerator()
    {
        for (var i = 0; i < claims.Count; i++)
        {
            if (i == failAfter)
            {
                Fail();
            }

            yield return claims[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Fail()
    {
        if (cancel is null)
        {
            throw new InvalidOperationException("Simulated crash in the middle of a commit.");
        }

        cancel.Cancel();
    }
}
