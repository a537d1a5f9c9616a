using System.Globalization;
using System.Text;

namespace ClaimBot.Platforms.Chat;

/// <summary>Joins already-rendered lines under a size limit; the lines that do not fit are counted in a "… (+n)" tail.</summary>
internal static class LinePacker
{
    /// <summary>Room kept for the tail: "\n… (+999)".</summary>
    public const int TailRoom = 12;

    /// <summary>Each line must already be at most <paramref name="max"/> − <see cref="TailRoom"/> characters long.</summary>
    public static string Pack(IReadOnlyList<string> lines, int max)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var separator = builder.Length == 0 ? 0 : 1;
            var room = i == lines.Count - 1 ? max : max - TailRoom;
            if (builder.Length + separator + lines[i].Length > room)
            {
                var tail = "… (+" + (lines.Count - i).ToString(CultureInfo.InvariantCulture) + ")";
                return builder.Append(builder.Length == 0 ? string.Empty : "\n").Append(tail).ToString();
            }

            builder.Append(separator == 0 ? string.Empty : "\n").Append(lines[i]);
        }

        return builder.ToString();
    }
}
