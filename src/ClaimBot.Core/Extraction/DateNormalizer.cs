using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Extraction;

/// <summary>
/// Finds dates in a sentence and normalises them to ISO against the document's own date: "Monday, January 23" in a
/// 19 January 2017 article is 2017-01-23, "8. februar" is 2017-02-08, "December 30" is 2016-12-30, "last month" is 2016-12.
/// Month and weekday names come from .NET's culture data for each language (plus English, used everywhere).
/// </summary>
public sealed class DateNormalizer(LexiconCatalog lexicons)
{
    private readonly ConcurrentDictionary<string, LanguageDates> _languages = new();

    /// <param name="yearless">Keep day-month dates whose year cannot be inferred, with year 0 (for checking statements, not for claims).</param>
    public IReadOnlyList<PartialDate> Find(string text, string language, PartialDate? documentDate, bool yearless = false)
    {
        var dates = Dates(language);
        var lower = TextAnalyzer.Fold(text.ToLowerInvariant());
        var found = new List<PartialDate>();
        var consumed = new bool[lower.Length + 1];

        foreach (Match m in dates.Iso.Matches(lower))
        {
            Add(found, consumed, m, new PartialDate(Int(m.Groups["y"]), Int(m.Groups["m"]), m.Groups["d"].Success ? Int(m.Groups["d"]) : null));
        }

        foreach (var (regex, dayFirst) in new[] { (dates.DayMonth, true), (dates.MonthDay, false) })
        {
            foreach (Match m in regex.Matches(lower))
            {
                if (IsConsumed(consumed, m))
                {
                    continue;
                }

                var month = dates.MonthNumber(m.Groups["mon"].Value);
                var day = Int(m.Groups["d"]);
                if (month is null || day is < 1 or > 31)
                {
                    continue;
                }

                int? year = m.Groups["y"].Success ? Int(m.Groups["y"]) : InferYear(month.Value, day, documentDate);
                if (year is { } y)
                {
                    Add(found, consumed, m, new PartialDate(y, month, day));
                }
                else if (yearless)
                {
                    consumed.AsSpan(m.Index, m.Length).Fill(true);
                    found.Add(new PartialDate(0, month, day));
                }
            }
        }

        foreach (Match m in dates.MonthYear.Matches(lower))
        {
            if (!IsConsumed(consumed, m) && dates.MonthNumber(m.Groups["mon"].Value) is { } month)
            {
                Add(found, consumed, m, new PartialDate(Int(m.Groups["y"]), month));
            }
        }

        foreach (Match m in dates.Year.Matches(lower))
        {
            if (!IsConsumed(consumed, m))
            {
                Add(found, consumed, m, new PartialDate(Int(m.Groups["y"])));
            }
        }

        if (documentDate is { } doc)
        {
            AddRelative(found, lower, dates, doc);
        }

        return found.Distinct().ToList();
    }

    /// <summary>The month a month name stands for in <paramref name="language"/> ("October", "okt.", "oktober"), if it is one.</summary>
    public int? MonthOf(string word, string language) => Dates(language).MonthNumber(word);

    /// <summary>The month's full name in <paramref name="language"/> from .NET's culture data ("December", "desember", "décembre").</summary>
    public static string MonthName(int month, string language) =>
        CultureInfo.GetCultureInfo(language is "und" ? "en" : language).DateTimeFormat.GetMonthName(month);

    private LanguageDates Dates(string language) => _languages.GetOrAdd(language, l => new LanguageDates(l, lexicons.For(l)));

    /// <summary>The first date in a metadata line ("Last Updated : Jan 19 2017 | 4:32 PM IST", "date 2017-01").</summary>
    public PartialDate? FirstAbsolute(string text, string language) =>
        Find(text, language, null) is { Count: > 0 } dates ? dates[0] : null;

    private static void AddRelative(List<PartialDate> found, string lower, LanguageDates dates, PartialDate doc)
    {
        foreach (var (phrase, offset) in dates.Lexicon.RelativeDays)
        {
            if (doc.Day is not null && ContainsPhrase(lower, phrase))
            {
                found.Add(FromDate(doc.Anchor.AddDays(offset)));
            }
        }

        foreach (var (phrase, offset) in dates.Lexicon.RelativeMonths)
        {
            if (doc.Month is not null && ContainsPhrase(lower, phrase))
            {
                var d = doc.Anchor.AddMonths(offset);
                found.Add(new PartialDate(d.Year, d.Month));
            }
        }

        foreach (var (phrase, offset) in dates.Lexicon.RelativeYears)
        {
            if (ContainsPhrase(lower, phrase))
            {
                found.Add(new PartialDate(doc.Year + offset));
            }
        }

        if (doc.Day is null || found.Any(f => f.Day is not null))
        {
            return;
        }

        // A bare weekday ("on Thursday", "tirsdag") in news refers to the latest such day up to the article's date.
        foreach (Match m in dates.Weekday.Matches(lower))
        {
            var weekday = dates.WeekdayNumber(m.Groups["wd"].Value);
            if (weekday is { } target)
            {
                var anchor = doc.Anchor;
                var back = ((int)anchor.DayOfWeek - target + 7) % 7;
                found.Add(FromDate(anchor.AddDays(-back)));
            }
        }
    }

    // Word-bounded substring test without building a regex per phrase per sentence.
    private static bool ContainsPhrase(string lower, string phrase)
    {
        var folded = TextAnalyzer.Fold(phrase.ToLowerInvariant());
        for (var at = lower.IndexOf(folded, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(folded, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(lower[at - 1]);
            var after = at + folded.Length == lower.Length || !char.IsLetterOrDigit(lower[at + folded.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static int? InferYear(int month, int day, PartialDate? documentDate)
    {
        if (documentDate is not { } doc)
        {
            return null;
        }

        // The year that puts the date closest to the article's own date.
        var anchor = doc.Anchor;
        return new[] { doc.Year - 1, doc.Year, doc.Year + 1 }
            .Where(y => day <= DateTime.DaysInMonth(y, month))
            .OrderBy(y => Math.Abs(new DateOnly(y, month, day).DayNumber - anchor.DayNumber))
            .Cast<int?>()
            .FirstOrDefault();
    }

    private static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    private static int Int(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool IsConsumed(bool[] consumed, Match m) => consumed.AsSpan(m.Index, m.Length).Contains(true);

    private static void Add(List<PartialDate> found, bool[] consumed, Match m, PartialDate date)
    {
        if (date.Year is < 1000 or > 2999 || date.Month is < 1 or > 12)
        {
            return;
        }

        consumed.AsSpan(m.Index, m.Length).Fill(true);
        found.Add(date);
    }
}
