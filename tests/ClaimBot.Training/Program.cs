using ClaimBot.Training.Learning;
using ClaimBot.Training.Suites;

// The engine's training command: `learn` fits the judge on the development suites and writes the model file;
// `explain` shows how the engine reads one query over a suite (for developers); `splits` writes the held-out eval
// files that `learn --splits` writes, without training (the split is by source hash, so it is the same).
return args.FirstOrDefault() switch
{
    "learn" => await new LearnCommand(Console.Error).RunAsync(LearnArguments.Parse(args[1..]), CancellationToken.None),
    "explain" => await ExplainCommand.RunAsync(args[1..], CancellationToken.None),
    "splits" when args.Length > 1 && LearnArguments.Parse(["--splits", .. args[1..]]) is var split => WriteSplits(split),
    "languages" => ClaimBot.Training.Languages.LanguagesCommand.Run(args.Length > 1 ? args[1] : "../shared/eval"),
    "coverage" => ClaimBot.Training.Languages.CoverageCommand.Run(args.Length > 1 ? args[1] : "../shared/eval", "seeds"),
    _ => Usage(),
};

static int WriteSplits(LearnArguments args)
{
    HeldOutFiles.Write(Suite.All(args.EvalDir, args.SeedsDir), args.SplitsDir!);
    Console.Error.WriteLine($"held-out eval files in {args.SplitsDir}");
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/ClaimBot.Training -- learn [--eval DIR] [--seeds DIR] [--store DIR] [--model FILE] [--out FILE] [--splits DIR] [--dump FILE] [--limit N] [--suites a,b]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/ClaimBot.Training -- explain SUITE ask|check|compare TEXT");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/ClaimBot.Training -- splits DIR [--eval DIR] [--seeds DIR]");
    return 2;
}
