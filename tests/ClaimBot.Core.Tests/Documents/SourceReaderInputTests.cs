using System.Text;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Tests.Extraction;

namespace ClaimBot.Core.Tests.Documents;

public sealed class SourceReaderInputTests
{
    private const long Limit = 1024 * 1024;

    public static TheoryData<byte[], string> BadFiles() => new()
    {
        { [], "empty" },
        { Encoding.UTF8.GetBytes("   \n\t \r\n  "), "white space" },
        { [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42], "binary" },
        { [0x48, 0x65, 0x6A, 0x20, 0xE6, 0x62, 0x6C, 0x65, 0x72, 0x0A], "UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Read_UnusableBytes_FailsWithOneLineReasonNamingTheProblem(byte[] bytes, string problem)
    {
        var reader = IngestionServices.Get<SourceReader>();

        var result = reader.Read("bad.txt", bytes, Limit);

        Assert.Null(result.Document);
        Assert.Contains(problem, result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public void Read_LargerThanLimit_FailsNamingSizeAndLimit()
    {
        var reader = IngestionServices.Get<SourceReader>();
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The council met again on Friday. ", 40)));

        var result = reader.Read("big.txt", bytes, 100);

        Assert.Null(result.Document);
        Assert.StartsWith("too large", result.Error, StringComparison.Ordinal);
        Assert.Contains("100", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Latin1DanishText_FailsAsNotUtf8WithOffset()
    {
        var reader = IngestionServices.Get<SourceReader>();
        var bytes = Encoding.Latin1.GetBytes("Ministeren siger, at aftalen er på plads i København.");

        var result = reader.Read("latin1.txt", bytes, Limit);

        Assert.Null(result.Document);
        Assert.Matches(@"^not valid UTF-8 \(invalid byte at offset \d+\)$", result.Error);
    }

    [Fact]
    public void Read_OnlyBoilerplate_FailsWithNoArticleText()
    {
        var reader = IngestionServices.Get<SourceReader>();
        var bytes = Encoding.UTF8.GetBytes("Subscribe to our newsletter\n\n₹499/Month\n\nNext Story");

        var result = reader.Read("chrome.txt", bytes, Limit);

        Assert.Null(result.Document);
        Assert.Contains("no article text", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_ReadsTextWithoutTheMark()
    {
        var reader = IngestionServices.Get<SourceReader>();
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("The harbour in Gdansk reopened on Friday after a week of storms, officials said.")];

        var result = reader.Read("bom.txt", bytes, Limit);

        Assert.NotNull(result.Document);
        Assert.StartsWith("The harbour", result.Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileInSubfolder_IdIsPathWithoutExtensionAndHashIsOfBytesAndExtractionVersion()
    {
        var reader = IngestionServices.Get<SourceReader>();
        var bytes = Encoding.UTF8.GetBytes("The harbour in Gdansk reopened on Friday after a week of storms, officials said.");

        var result = reader.Read("baltic\\gdansk.txt", bytes, Limit);

        Assert.Equal("baltic/gdansk", result.Document!.Id);
        Assert.Equal("baltic/gdansk.txt", result.Document.File);
        Assert.Equal(SourceHash.Of(bytes), result.Document.ContentHash);
        Assert.NotEqual(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), result.Document.ContentHash);
    }
}
