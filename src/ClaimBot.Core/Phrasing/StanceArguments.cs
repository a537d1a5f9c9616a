using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;
using Microsoft.SemanticKernel;

namespace ClaimBot.Core.Phrasing;

/// <summary>
/// The stance prompt's inputs: the statement and the offered claims numbered [1]..[N] in offer order. Like the reply
/// prompts', every value is data handed to the template as a variable, never spliced into it.
/// </summary>
internal static class StanceArguments
{
    public static readonly IReadOnlyList<string> RequiredNames = [PhrasingArguments.Input, PhrasingArguments.Language, PhrasingArguments.Evidence];

    public static KernelArguments Create(AnalyzedQuery statement, IReadOnlyList<Judgement> offered) => new()
    {
        [PhrasingArguments.Input] = PhrasingArguments.OneLine(statement.Text),
        [PhrasingArguments.Language] = PhrasingArguments.DescribeLanguage(statement.Language),
        [PhrasingArguments.Evidence] = PhrasingArguments.FormatEvidence(
            offered.Select((j, i) => new NumberedEvidence(i + 1, j.Claim.Text, j.Claim.Speaker?.Name, j.Claim.Language, null)).ToList()),
    };
}
