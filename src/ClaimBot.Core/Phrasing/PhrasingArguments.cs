using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Microsoft.SemanticKernel;

namespace ClaimBot.Core.Phrasing;

/// <summary>
/// The prompt functions' inputs. Every value is plain text handed to the template as a variable, which Semantic Kernel
/// encodes inside the message; untrusted text is never spliced into the template itself.
/// </summary>
internal static class PhrasingArguments
{
    public const string Input = "input";
    public const string Language = "language";
    public const string Evidence = "evidence";
    public const string Draft = "draft";
    public const string Verdict = "verdict";

    // Not a template variable: lets the kernel filters phrase offline from exactly what the prompt got.
    private const string RequestKey = "claimbot_phrasing_request";

    public static readonly IReadOnlyList<string> RequiredNames = [Input, Language, Evidence, Draft];

    public static readonly IReadOnlySet<string> AllNames = new HashSet<string>(StringComparer.Ordinal) { Input, Language, Evidence, Draft, Verdict };

    public static KernelArguments Create(PhrasingRequest request, OfflinePhraser offline) => new()
    {
        [Input] = OneLine(request.Input),
        [Language] = DescribeLanguage(request.Language),
        [Evidence] = FormatEvidence(request.Evidence),
        [Draft] = offline.Render(request),
        [Verdict] = request.Verdict ?? string.Empty,
        [RequestKey] = request,
    };

    public static bool TryGetRequest(KernelArguments arguments, [NotNullWhen(true)] out PhrasingRequest? request)
    {
        request = arguments.TryGetValue(RequestKey, out var value) ? value as PhrasingRequest : null;
        return request is not null;
    }

    public static string FormatEvidence(IReadOnlyList<NumberedEvidence> evidence)
    {
        var text = new StringBuilder();
        foreach (var item in evidence)
        {
            text.Append('[').Append(item.N.ToString(CultureInfo.InvariantCulture)).Append("] (language: ").Append(OneLine(item.Language));
            if (!string.IsNullOrWhiteSpace(item.Speaker))
            {
                text.Append("; speaker: ").Append(OneLine(item.Speaker));
            }

            if (!string.IsNullOrWhiteSpace(item.SourceTitle))
            {
                text.Append("; source: ").Append(OneLine(item.SourceTitle));
            }

            text.Append(") ").Append(OneLine(item.Text)).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    public static string DescribeLanguage(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.EnglishName == code ? code : $"{culture.EnglishName} ({code})";
        }
        catch (CultureNotFoundException)
        {
            return OneLine(code);
        }
    }

    // One item per line keeps a source's own line breaks from looking like a new numbered item.
    public static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
