using System.Collections;
using ClaimBot.Core.Claims;

namespace ClaimBot.Core.Tests.Reloading;

/// <summary>Claims that break part-way through a commit's writes: after <c>failAfter</c> claims they throw, or cancel the commit's token.</summary>
internal sealed class FailingClaims(IReadOnlyList<Claim> claims, int failAfter, CancellationTokenSource? cancel = null) : IReadOnlyList<Claim>
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

    /// <summary>A commit whose last written source fails after its first claim.</summary>
    public static (GenerationChange Change, CancellationToken Token) Break(GenerationChange change, CancellationTokenSource? cancel)
    {
        var write = change.Write.ToList();
        var last = write[^1];
        write[^1] = last with { Claims = new FailingClaims(last.Claims, 1, cancel) };
        return (change with { Write = write }, cancel?.Token ?? CancellationToken.None);
    }

    private void Fail()
    {
        if (cancel is null)
        {
            throw new InvalidOperationException("Simulated crash in the middle of a commit.");
        }

        cancel.Cancel();
    }
}
