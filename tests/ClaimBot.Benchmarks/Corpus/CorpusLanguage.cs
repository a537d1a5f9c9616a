namespace ClaimBot.Benchmarks.Corpus;

/// <summary>
/// Sentence shapes and word lists of one language for the synthetic corpus. Templates use slots: {P} person, {P2} second
/// person, {R} role, {C}/{C2} countries, {O} organisation, {A} news agency, {T} city, {N} number, {D} date, {W} weekday,
/// {V} verb phrase (infinitive), {X} topic noun, {Q} a quoted clause, {Y} year. DatePattern uses {d}, {m} and {y}.
/// </summary>
internal sealed record CorpusLanguage(
    string Code,
    double Weight,
    string[] Headlines,
    string[] Statements,
    string[] Quotes,
    string[] QuotedClauses,
    string[] Negations,
    string[] Facts,
    string[] Roles,
    string[] Verbs,
    string[] Topics,
    string[] Weekdays,
    string[] Months,
    string DatePattern,
    string[] AskTemplates,
    string[] CheckTemplates);
