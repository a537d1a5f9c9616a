using System.Text.RegularExpressions;

namespace ClaimBot.Core.Documents;

/// <summary>An agency's or outlet's sign-off line: a dash and a name ("--IANS", "— Reuters", "-- Agence France-Presse").</summary>
public static partial class SignOffLine
{
    public static Match Match(string line) => Pattern().Match(line.Trim());

    [GeneratedRegex(@"^(--|—|–)\s*(?<a>\p{Lu}[\p{L}\-]+(\s\p{Lu}[\p{L}\-]+){0,2})\s*$")]
    private static partial Regex Pattern();
}
