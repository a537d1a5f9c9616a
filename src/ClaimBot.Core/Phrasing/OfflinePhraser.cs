using System.Text;

namespace ClaimBot.Core.Phrasing;

/// <summary>The deterministic phrasing: the engine's draft sentences, each followed by its [N] markers.</summary>
public sealed class OfflinePhraser
{
    public string Render(PhrasingRequest request)
    {
        var text = new StringBuilder();
        foreach (var sentence in request.Draft)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            var body = sentence.Text.TrimEnd();
            var end = body.Length > 0 && ".!?".Contains(body[^1], StringComparison.Ordinal) ? body[^1].ToString() : ".";
            if (body.EndsWith(end, StringComparison.Ordinal))
            {
                body = body[..^1].TrimEnd();
            }

            text.Append(body);
            foreach (var n in sentence.Citations)
            {
                text.Append(" [").Append(n).Append(']');
            }

            text.Append(end);
        }

        return text.ToString();
    }
}
