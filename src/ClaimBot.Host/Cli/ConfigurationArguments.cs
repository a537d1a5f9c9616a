namespace ClaimBot.Host.Cli;

/// <summary>Separates .NET configuration overrides ("--Section:Key=value") from the verb's own arguments.</summary>
public sealed record ConfigurationArguments(string[] ConfigurationArgs, string[] VerbArgs)
{
    public static ConfigurationArguments Split(string[] args)
    {
        var config = new List<string>();
        var verb = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var isConfigKey = arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf(':', StringComparison.Ordinal) > 2;
            if (!isConfigKey)
            {
                verb.Add(arg);
                continue;
            }

            if (arg.Contains('=', StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                config.Add(arg);
            }
            else
            {
                config.Add(arg + "=" + args[++i]);
            }
        }

        return new ConfigurationArguments([.. config], [.. verb]);
    }
}
