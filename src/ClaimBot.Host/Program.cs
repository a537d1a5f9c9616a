using ClaimBot.Host.Cli;

// Configuration overrides on the command line ("--Store:Path=x" or "--Store:Path x") go to .NET configuration;
// everything else is the claimbot verb and its arguments.
var split = ConfigurationArguments.Split(args);
var root = CliCommands.Build(split.ConfigurationArgs);
return await root.Parse(split.VerbArgs).InvokeAsync();
