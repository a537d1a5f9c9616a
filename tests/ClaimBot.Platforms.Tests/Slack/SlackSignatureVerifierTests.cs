using System.Text;
using ClaimBot.Platforms.Slack;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ClaimBot.Platforms.Tests.Slack;

public sealed class SlackSignatureVerifierTests
{
    private static readonly SlackVector Vector = SlackVector.Load();

    [Fact]
    public void Verify_DocumentedTestVector_IsValid()
    {
        var verifier = Create(Vector.SigningSecret, Vector.Timestamp);

        var result = verifier.Verify(Vector.Timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), Vector.Signature, Vector.Body);

        Assert.Equal(SlackSignatureResult.Valid, result);
    }

    [Fact]
    public void Compute_DocumentedTestVector_ReproducesSlackDigest()
    {
        var signature = SlackSignatureVerifier.Compute(Vector.SigningSecret, "1531420618", Vector.Body);

        Assert.Equal(Vector.Signature, Encoding.ASCII.GetString(signature));
    }

    [Fact]
    public void Verify_TamperedBody_IsInvalid()
    {
        var verifier = Create(Vector.SigningSecret, Vector.Timestamp);
        var body = Vector.Body.ToArray();
        body[^1] ^= 1;

        var result = verifier.Verify("1531420618", Vector.Signature, body);

        Assert.Equal(SlackSignatureResult.InvalidSignature, result);
    }

    [Fact]
    public void Verify_WrongSecret_IsInvalid()
    {
        var verifier = Create("another-secret", Vector.Timestamp);

        var result = verifier.Verify("1531420618", Vector.Signature, Vector.Body);

        Assert.Equal(SlackSignatureResult.InvalidSignature, result);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public void Verify_TimestampOutsideFiveMinutes_IsStale(int offsetSeconds)
    {
        var verifier = Create(Vector.SigningSecret, Vector.Timestamp + offsetSeconds);

        var result = verifier.Verify("1531420618", Vector.Signature, Vector.Body);

        Assert.Equal(SlackSignatureResult.StaleTimestamp, result);
    }

    [Fact]
    public void Verify_TimestampAtEdgeOfWindow_IsValid()
    {
        var verifier = Create(Vector.SigningSecret, Vector.Timestamp + 300);

        var result = verifier.Verify("1531420618", Vector.Signature, Vector.Body);

        Assert.Equal(SlackSignatureResult.Valid, result);
    }

    [Theory]
    [InlineData(null, "v0=abc")]
    [InlineData("1531420618", null)]
    [InlineData("", "")]
    public void Verify_MissingHeaders_IsMissing(string? timestamp, string? signature)
    {
        var verifier = Create(Vector.SigningSecret, Vector.Timestamp);

        var result = verifier.Verify(timestamp, signature, Vector.Body);

        Assert.Equal(SlackSignatureResult.MissingHeaders, result);
    }

    [Theory]
    [InlineData("not-a-number")]
    [InlineData("-1531420618")]
    public void Verify_MalformedTimestamp_IsInvalid(string timestamp)
    {
        var verifier = Create(Vector.SigningSecret, Vector.Timestamp);

        var result = verifier.Verify(timestamp, Vector.Signature, Vector.Body);

        Assert.Equal(SlackSignatureResult.InvalidSignature, result);
    }

    private static SlackSignatureVerifier Create(string secret, long nowSeconds)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(nowSeconds));
        return new SlackSignatureVerifier(Options.Create(new SlackOptions { SigningSecret = secret }), clock);
    }

    private sealed record SlackVector(string SigningSecret, long Timestamp, string Signature, byte[] Body)
    {
        public static SlackVector Load()
        {
            using var doc = SlackFixtures.Json("signing_test_vector.json");
            var root = doc.RootElement;
            var headers = root.GetProperty("headers");
            return new SlackVector(
                root.GetProperty("signing_secret").GetString()!,
                long.Parse(headers.GetProperty("X-Slack-Request-Timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                headers.GetProperty("X-Slack-Signature").GetString()!,
                Encoding.UTF8.GetBytes(root.GetProperty("raw_body").GetString()!));
        }
    }
}
