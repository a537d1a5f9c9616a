using System.Globalization;
using System.Text.RegularExpressions;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Extraction;

/// <summary>Month and weekday names of one language (and English) from .NET culture data, as regexes over folded lower-case text.</summary>
internal sealed class LanguageDates
{
    private readonly Dictionary<string, int> _months = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _weekdays = new(StringComparer.Ordinal);

    public LanguageDates(string language, LanguageLexicon lexicon)
    {
        Lexicon = lexicon;
        foreach (var culture in new[] { language, "en" }.Distinct())
        {
            var info = LexiconCatalog.DateNames(culture);
            for (var i = 0; i < 12; i++)
            {
                foreach (var name in new[] { info.MonthNames[i], info.AbbreviatedMonthNames[i], info.MonthGenitiveNames[i], info.AbbreviatedMonthGenitiveNames[i] })
                {
                    var key = Normalize(name);
                    if (key.Length >= 3)
                    {
                        _months.TryAdd(key, i + 1);
                    }
                }
            }

            for (var i = 0; i < 7; i++)
            {
                var key = Normalize(info.DayNames[i]);
                _weekdays.TryAdd(key, i);
            }
        }

        if (language == "en")
        {
            _months.TryAdd("sept", 9);
        }

        var month = "(?<mon>" + string.Join('|', _months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")\.?";
        var weekday = "(?<wd>" + string.Join('|', _weekdays.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + ")";
        const string Edge = @"(?<![\p{L}\p{N}])";
        const string End = @"(?![\p{L}\p{N}])";
        Iso = new Regex(Edge + @"(?<y>\d{4})-(?<m>\d{2})(?:-(?<d>\d{2}))?" + End, RegexOptions.CultureInvariant);
        DayMonth = new Regex(Edge + @"(?<d>\d{1,2})\.?\s+(?:of\s+)?" + month + @"(?:,?\s+(?<y>\d{4}))?" + End, RegexOptions.CultureInvariant);
        MonthDay = new Regex(Edge + month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{4}))?" + End, RegexOptions.CultureInvariant);
        MonthYear = new Regex(Edge + month + @",?\s+(?<y>\d{4})" + End, RegexOptions.CultureInvariant);
        Year = new Regex(Edge + @"(?<y>1[89]\d\d|20\d\d)" + End, RegexOptions.CultureInvariant);
        Weekday = new Regex(Edge + weekday + End, RegexOptions.CultureInvariant);
    }

    public LanguageLexicon Lexicon { get; }
    public Regex Iso { get; }
    public Regex DayMonth { get; }
    public Regex MonthDay { get; }
    public Regex MonthYear { get; }
    public Regex Year { get; }
    public Regex Weekday { get; }

    public int? MonthNumber(string name) => _months.TryGetValue(Normalize(name), out var n) ? n : null;

    public int? WeekdayNumber(string name) => _weekdays.TryGetValue(Normalize(name), out var n) ? n : null;

    private static string Normalize(string name) => TextAnalyzer.Fold(name.ToLower(CultureInfo.InvariantCulture)).TrimEnd('.');
}
