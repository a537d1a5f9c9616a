using System.Globalization;

namespace ClaimBot.Core.Extraction;

/// <summary>A date known to the year, month or day, printed as ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null)
{
    public string ToIso() => Day is { } d && Month is { } m
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}")
        : Month is { } month ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{month:D2}") : Year.ToString("D4", CultureInfo.InvariantCulture);

    public override string ToString() => ToIso();

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
    public static PartialDate? Parse(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return null;
        }

        var parts = iso.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        int? month = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : null;
        int? day = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null;
        return new PartialDate(year, month, day);
    }

    /// <summary>A comparable point (the first day of what is known), for distances between dates.</summary>
    public DateOnly Anchor => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>True when one date contains the other ("2017-01" contains "2017-01-23"); year 0 means "any year".</summary>
    public bool Overlaps(PartialDate other) =>
        (Year == other.Year || Year == 0 || other.Year == 0) && (Month is null || other.Month is null || (Month == other.Month && (Day is null || other.Day is null || Day == other.Day)));
}
