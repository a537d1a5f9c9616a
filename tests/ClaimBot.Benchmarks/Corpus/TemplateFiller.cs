using System.Globalization;
using System.Text;

namespace ClaimBot.Benchmarks.Corpus;

/// <summary>Fills one document's sentence templates from its cast; later mentions of a person use the surname, as news text does.</summary>
internal sealed class TemplateFiller(DocumentCast cast, Random random)
{
    private readonly HashSet<string> _introduced = new(StringComparer.Ordinal);

    public string Fill(string template)
    {
        var person = random.Next(cast.People.Count);
        var output = new StringBuilder(template.Length + 64);
        for (var i = 0; i < template.Length; i++)
        {
            var close = template[i] == '{' ? template.IndexOf('}', i) : -1;
            if (close < 0)
            {
                output.Append(template[i]);
                continue;
            }

            output.Append(Slot(template[(i + 1)..close], person));
            i = close;
        }

        return output.ToString();
    }

    private string Slot(string slot, int person) => slot switch
    {
        "P" => Person(person),
        "P2" => Person((person + 1) % cast.People.Count),
        "R" => cast.Roles[person],
        "C" => cast.Country,
        "C2" => cast.OtherCountry,
        "O" => cast.Organisation,
        "A" => cast.Agency,
        "T" => cast.City,
        "N" => (random.Next(4) == 0 ? cast.Number : random.Next(2, 5000)).ToString(CultureInfo.InvariantCulture),
        "D" => FormatDate(cast.Date.AddDays(random.Next(-20, 40))),
        "W" => Pick(cast.Language.Weekdays),
        "V" => random.Next(3) == 0 ? Pick(cast.Language.Verbs) : cast.Verb,
        "X" => random.Next(3) == 0 ? Pick(cast.Language.Topics) : cast.Topic,
        "Y" => cast.Date.Year.ToString(CultureInfo.InvariantCulture),
        "Q" => Fill(Pick(cast.Language.QuotedClauses)),
        _ => "{" + slot + "}",
    };

    public string FormatDate(DateOnly date) => cast.Language.DatePattern
        .Replace("{d}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{m}", cast.Language.Months[date.Month - 1], StringComparison.Ordinal)
        .Replace("{y}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private string Person(int index)
    {
        var name = cast.People[index];
        if (_introduced.Add(name) || random.Next(2) == 0)
        {
            return name;
        }

        return name[(name.LastIndexOf(' ') + 1)..];
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
