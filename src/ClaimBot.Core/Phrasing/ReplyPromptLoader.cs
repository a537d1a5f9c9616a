using Microsoft.SemanticKernel;

namespace ClaimBot.Core.Phrasing;

/// <summary>
/// Loads the "Replies" prompt plugin (one function per <see cref="ReplyKind"/>) after checking every file,
/// so a missing or malformed prompt stops start-up with a message naming the file rather than failing on the first reply.
/// </summary>
internal static class ReplyPromptLoader
{
    public const string PluginName = "Replies";
    public const string TemplateFileName = "skprompt.txt";
    public const string ConfigFileName = "config.json";

    public static string ResolveDirectory(string promptsPath)
    {
        if (Path.IsPathRooted(promptsPath))
        {
            return promptsPath;
        }

        var fromWorkingDirectory = Path.GetFullPath(promptsPath);
        var fromApplication = Path.Combine(AppContext.BaseDirectory, promptsPath);
        return !Directory.Exists(fromWorkingDirectory) && Directory.Exists(fromApplication) ? fromApplication : fromWorkingDirectory;
    }

    /// <summary>Throws <see cref="IOException"/> or <see cref="InvalidDataException"/> naming the offending file.</summary>
    public static void Validate(string promptsDirectory)
    {
        if (!Directory.Exists(promptsDirectory))
        {
            throw new DirectoryNotFoundException(
                $"Prompt directory '{promptsDirectory}' does not exist; it must hold {PluginName}/<Function>/{TemplateFileName} and {ConfigFileName}.");
        }

        var pluginDirectory = Path.Combine(promptsDirectory, PluginName);
        if (!Directory.Exists(pluginDirectory))
        {
            throw new DirectoryNotFoundException($"Prompt plugin directory '{pluginDirectory}' does not exist.");
        }

        foreach (var kind in Enum.GetValues<ReplyKind>())
        {
            ValidateFunction(Path.Combine(pluginDirectory, kind.ToString()), PhrasingArguments.RequiredNames);
        }
    }

    public static KernelPlugin Load(Kernel kernel, string promptsDirectory)
    {
        Validate(promptsDirectory);
        var pluginDirectory = Path.Combine(promptsDirectory, PluginName);
        var plugin = kernel.CreatePluginFromPromptDirectory(pluginDirectory, PluginName);
        foreach (var kind in Enum.GetValues<ReplyKind>())
        {
            if (!plugin.Contains(kind.ToString()))
            {
                throw new InvalidDataException($"Prompt plugin '{pluginDirectory}' did not yield the function '{kind}'.");
            }
        }

        return plugin;
    }

    /// <summary>Checks one prompt function's folder (template and config, by <see cref="ReplyPromptRules"/>); throws naming the file.</summary>
    public static void ValidateFunction(string functionDirectory, IReadOnlyList<string> requiredVariables)
    {
        if (!Directory.Exists(functionDirectory))
        {
            throw new DirectoryNotFoundException(
                $"Prompt function directory '{functionDirectory}' does not exist; it must hold {TemplateFileName} and {ConfigFileName}.");
        }

        var templatePath = RequireFile(functionDirectory, TemplateFileName);
        var configPath = RequireFile(functionDirectory, ConfigFileName);
        PromptTemplateConfig config;
        try
        {
            config = PromptTemplateConfig.FromJson(File.ReadAllText(configPath));
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or ArgumentException or NotSupportedException)
        {
            throw new InvalidDataException($"Prompt config '{configPath}' is malformed: {exception.Message}", exception);
        }

        ReplyPromptRules.CheckConfig(config, configPath, requiredVariables);
        ReplyPromptRules.CheckTemplate(File.ReadAllText(templatePath), templatePath);
    }

    private static string RequireFile(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Prompt file '{path}' is missing.", path);
        }

        return path;
    }
}
