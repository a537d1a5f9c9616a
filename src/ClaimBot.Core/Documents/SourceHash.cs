using System.Security.Cryptography;
using System.Text;

namespace ClaimBot.Core.Documents;

/// <summary>
/// The hash a stored source is compared by: SHA-256 of the extraction version and the file's bytes, so a file is
/// re-extracted when it changes and also when the extractor (or the lexicon data its terms come from) does.
/// </summary>
public static class SourceHash
{
    /// <summary>Bump when extraction or indexing changes what a file yields.</summary>
    public const string ExtractionVersion = "engine-22";

    public static string Of(ReadOnlySpan<byte> bytes)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(ExtractionVersion + "\n"));
        sha.AppendData(bytes);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
