using ClaimBot.Core.Documents;

namespace ClaimBot.Core.Answering;

/// <summary>The source a cited claim comes from, as shown to users.</summary>
public sealed record SourceRef(string Id, string File, string? Title, string? Outlet, string? Date, string Language)
{
    public static SourceRef From(SourceSummary s) => new(s.Id, s.File, s.Title, s.Outlet, s.Date, s.Language);
}
