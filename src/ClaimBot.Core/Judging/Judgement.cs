using ClaimBot.Core.Claims;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>The judge's record for one (query, claim) pair: the three probabilities, the reason, and what they rest on.</summary>
/// <param name="Relevance">P(the claim addresses the query): ask and compare rank by it.</param>
/// <param name="Supports">P(the claim, with its context, entails the statement).</param>
/// <param name="Refutes">P(the claim contradicts the statement).</param>
public sealed record Judgement(Candidate Candidate, PairAnalysis Analysis, double Relevance, double Supports, double Refutes, ReasonCode Reason)
{
    public Claim Claim => Analysis.Claim.Claim;
}
