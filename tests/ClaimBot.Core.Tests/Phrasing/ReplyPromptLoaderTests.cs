using ClaimBot.Core.Phrasing;
using Microsoft.SemanticKernel;

namespace ClaimBot.Core.Tests.Phrasing;

public sealed class ReplyPromptLoaderTests
{
    [Fact]
    public void Load_RepositoryPrompts_YieldsOneFunctionPerReplyKind()
    {
        var kernel = new Kernel();

        var plugin = ReplyPromptLoader.Load(kernel, RepoPrompts.Path);

        Assert.Equal("Replies", plugin.Name);
        Assert.Equal(Enum.GetNames<ReplyKind>().Order(), plugin.Select(f => f.Name).Order());
        Assert.All(plugin, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
    }

    [Fact]
    public void Load_MissingDirectory_ThrowsNamingTheDirectory()
    {
        var missing = Path.Combine(Path.GetTempPath(), "claimbot-no-prompts-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<DirectoryNotFoundException>(() => ReplyPromptLoader.Load(new Kernel(), missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFunctionDirectory_ThrowsNamingIt()
    {
        using var prompts = new TempPrompts();
        Directory.Delete(Path.Combine(prompts.Path, "Replies", "Verdict"), recursive: true);

        var error = Assert.Throws<DirectoryNotFoundException>(() => ReplyPromptLoader.Load(new Kernel(), prompts.Path));

        Assert.Contains(Path.Combine("Replies", "Verdict"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingConfig_ThrowsNamingTheFile()
    {
        using var prompts = new TempPrompts();
        File.Delete(prompts.File("Answer", "config.json"));

        var error = Assert.Throws<FileNotFoundException>(() => ReplyPromptLoader.Load(new Kernel(), prompts.Path));

        Assert.Contains(prompts.File("Answer", "config.json"), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Comparison", "config.json", "{ \"description\": ")]
    [InlineData("Answer", "config.json", "{ \"allow_dangerously_set_content\": true, \"input_variables\": [] }")]
    [InlineData("Answer", "config.json", "{ \"execution_settings\": { \"default\": { \"function_choice_behavior\": { \"type\": \"auto\" } } } }")]
    [InlineData("Answer", "skprompt.txt", "<message role=\"system\">Rules & more</message><message role=\"user\">{{$input}}</message>")]
    [InlineData("Answer", "skprompt.txt", "<message role=\"system\">Rules</message><message role=\"user\">{{time.now}} {{$input}}</message>")]
    [InlineData("Answer", "skprompt.txt", "<message role=\"system\">Rules {{$evidence}}</message><message role=\"user\">{{$input}}</message>")]
    [InlineData("Answer", "skprompt.txt", "Rewrite {{$draft}}")]
    [InlineData("Verdict", "skprompt.txt", "")]
    public void Load_MalformedFile_ThrowsNamingTheFile(string function, string fileName, string content)
    {
        using var prompts = new TempPrompts();
        File.WriteAllText(prompts.File(function, fileName), content);

        var error = Assert.Throws<InvalidDataException>(() => ReplyPromptLoader.Load(new Kernel(), prompts.Path));

        Assert.Contains(prompts.File(function, fileName), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ConfigWithoutARequiredVariable_ThrowsNamingTheVariable()
    {
        using var prompts = new TempPrompts();
        var config = prompts.File("Answer", "config.json");
        File.WriteAllText(config, File.ReadAllText(config).Replace("\"name\": \"evidence\"", "\"name\": \"sources\"", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => ReplyPromptLoader.Load(new Kernel(), prompts.Path));

        Assert.Contains("evidence", error.Message, StringComparison.Ordinal);
        Assert.Contains(config, error.Message, StringComparison.Ordinal);
    }
}
