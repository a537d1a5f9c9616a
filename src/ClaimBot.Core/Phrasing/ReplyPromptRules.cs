using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Microsoft.SemanticKernel;

namespace ClaimBot.Core.Phrasing;

/// <summary>
/// What a reply prompt may contain. Inputs are untrusted (user questions, source text): they must stay encoded,
/// sit inside a user message, and never reach a template block that calls a function.
/// </summary>
internal static partial class ReplyPromptRules
{
    private static readonly string[] _roles = ["system", "user", "assistant"];

    /// <param name="requiredVariables">The input variables the function's caller fills and the config must declare.</param>
    public static void CheckConfig(PromptTemplateConfig config, string configPath, IReadOnlyList<string> requiredVariables)
    {
        if (config.TemplateFormat is { } format && format != PromptTemplateConfig.SemanticKernelTemplateFormat)
        {
            throw Invalid(configPath, $"uses template_format '{format}'; only '{PromptTemplateConfig.SemanticKernelTemplateFormat}' is supported");
        }

        // Encoding keeps "</message>" in source text from closing the message and opening a system one.
        if (config.AllowDangerouslySetContent || config.InputVariables.Any(v => v.AllowDangerouslySetContent))
        {
            throw Invalid(configPath, "sets allow_dangerously_set_content; reply inputs are untrusted data and must stay encoded");
        }

        foreach (var settings in config.ExecutionSettings.Values)
        {
            var toolKeys = settings.ExtensionData?.Keys.Where(k => k.Contains("tool", StringComparison.OrdinalIgnoreCase)
                || k.Contains("function", StringComparison.OrdinalIgnoreCase)) ?? [];
            if (settings.FunctionChoiceBehavior is not null || toolKeys.Any())
            {
                throw Invalid(configPath, "enables function calling; prompts must not call functions");
            }
        }

        var missing = requiredVariables.Where(n => !config.InputVariables.Any(v => v.Name == n)).ToList();
        if (missing.Count > 0)
        {
            throw Invalid(configPath, $"does not declare the input variable(s) {string.Join(", ", missing)}");
        }
    }

    public static void CheckTemplate(string template, string templatePath)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            throw Invalid(templatePath, "is empty");
        }

        foreach (Match block in TemplateBlock().Matches(template))
        {
            var variable = InnerVariable().Match(block.Groups[1].Value);
            if (!variable.Success || !PhrasingArguments.AllNames.Contains(variable.Groups[1].Value))
            {
                throw Invalid(templatePath, $"contains '{block.Value}'; only {string.Join(", ", PhrasingArguments.AllNames.Select(n => "{{$" + n + "}}"))} are allowed");
            }
        }

        XElement root;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader("<root>" + template + "</root>"), settings);
            root = XElement.Load(reader);
        }
        catch (XmlException exception)
        {
            // Semantic Kernel would silently send a malformed chat prompt as one user message with every variable HTML-encoded.
            throw new InvalidDataException($"Prompt template '{templatePath}' is not well-formed <message> markup: {exception.Message}", exception);
        }

        CheckMessages(root, templatePath);
    }

    private static void CheckMessages(XElement root, string templatePath)
    {
        if (root.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))
        {
            throw Invalid(templatePath, "has text outside <message role=\"...\"> blocks (it would be sent HTML-encoded)");
        }

        foreach (var element in root.Elements())
        {
            var role = (string?)element.Attribute("role");
            if (element.Name != "message" || role is null || !_roles.Contains(role) || element.HasElements)
            {
                throw Invalid(templatePath, $"has <{element.Name}>; only plain <message role=\"system|user|assistant\"> blocks are allowed");
            }

            if (role != "user" && TemplateBlock().IsMatch(element.Value))
            {
                throw Invalid(templatePath, $"uses a variable in a {role} message; inputs are data and belong in the user message");
            }
        }

        if (!root.Elements().Any(e => (string?)e.Attribute("role") == "system") || !root.Elements().Any(e => (string?)e.Attribute("role") == "user"))
        {
            throw Invalid(templatePath, "needs a <message role=\"system\"> and a <message role=\"user\"> block");
        }
    }

    private static InvalidDataException Invalid(string path, string problem) => new($"Prompt file '{path}' {problem}.");

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex TemplateBlock();

    [GeneratedRegex(@"^\s*\$(\w+)\s*$")]
    private static partial Regex InnerVariable();
}
