using System.Text;
using ClaimBot.Platforms.Discord;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace ClaimBot.Platforms.Tests.Discord;

public sealed class DiscordSignatureVerifierTests
{
    [Fact]
    public void Ed25519_Rfc8032Vectors_Verify()
    {
        var vectors = DiscordFixtures.Json("ed25519_rfc8032_vectors.json")["vectors"]!.AsArray();

        var results = vectors.Select(v =>
        {
            var key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(v!["public_key_hex"]!.GetValue<string>()), KeyBlobFormat.RawPublicKey);
            return SignatureAlgorithm.Ed25519.Verify(key, Convert.FromHexString(v["message_hex"]!.GetValue<string>()), Convert.FromHexString(v["signature_hex"]!.GetValue<string>()));
        }).ToList();

        Assert.Equal(2, results.Count);
        Assert.All(results, Assert.True);
    }

    [Fact]
    public void Verify_GeneratedFixtureVector_IsValid()
    {
        var fixture = DiscordFixtures.Json("signature_vector.generated.json");
        var verifier = Verifier(fixture["public_key_hex"]!.GetValue<string>());

        var valid = verifier.Verify(
            fixture["headers"]!["X-Signature-Ed25519"]!.GetValue<string>(),
            fixture["headers"]!["X-Signature-Timestamp"]!.GetValue<string>(),
            Encoding.UTF8.GetBytes(fixture["raw_body"]!.GetValue<string>()));

        Assert.True(valid);
    }

    [Fact]
    public void Verify_FixtureNegativeCases_AreInvalid()
    {
        var fixture = DiscordFixtures.Json("signature_vector.generated.json");
        var verifier = Verifier(fixture["public_key_hex"]!.GetValue<string>());
        var signature = fixture["headers"]!["X-Signature-Ed25519"]!.GetValue<string>();
        var timestamp = fixture["headers"]!["X-Signature-Timestamp"]!.GetValue<string>();
        var body = fixture["raw_body"]!.GetValue<string>();

        var results = fixture["negative_cases"]!.AsArray().Select(c => verifier.Verify(
            signature,
            c!["timestamp"]?.GetValue<string>() ?? timestamp,
            Encoding.UTF8.GetBytes(c["raw_body"]?.GetValue<string>() ?? body))).ToList();

        Assert.Equal(2, results.Count);
        Assert.All(results, Assert.False);
    }

    [Fact]
    public void Verify_GeneratedKeyPair_AcceptsOwnSignatureOnly()
    {
        using var keys = new DiscordTestKeys();
        using var other = new DiscordTestKeys();
        var verifier = Verifier(keys.PublicKeyHex);
        const string body = """{"type":1}""";

        var own = verifier.Verify(keys.Sign("1767225600", body), "1767225600", Encoding.UTF8.GetBytes(body));
        var foreign = verifier.Verify(other.Sign("1767225600", body), "1767225600", Encoding.UTF8.GetBytes(body));

        Assert.True(own);
        Assert.False(foreign);
    }

    [Theory]
    [InlineData(null, "1767225600")]
    [InlineData("", "1767225600")]
    [InlineData("zz", "1767225600")]
    [InlineData("not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not", "1767225600")]
    [InlineData("8aa4cdc467aba127e05dfb72caf0e3bb0293049eb3bbe25aaaeda782cfd4efca7119e9efca72ab08af4bae1ad3cf845bc5380ced40a1e00d6099a1cd395b6e0f", null)]
    public void Verify_MissingOrUndecodableHeaders_IsInvalid(string? signature, string? timestamp)
    {
        var verifier = Verifier(DiscordFixtures.Json("signature_vector.generated.json")["public_key_hex"]!.GetValue<string>());

        var valid = verifier.Verify(signature, timestamp, Encoding.UTF8.GetBytes("{}"));

        Assert.False(valid);
    }

    [Fact]
    public void Verify_NoConfiguredKey_IsInvalid()
    {
        using var keys = new DiscordTestKeys();
        var verifier = new DiscordSignatureVerifier(Options.Create(new DiscordOptions()));

        var valid = verifier.Verify(keys.Sign("1", "{}"), "1", Encoding.UTF8.GetBytes("{}"));

        Assert.False(valid);
    }

    private static DiscordSignatureVerifier Verifier(string publicKeyHex) =>
        new(Options.Create(new DiscordOptions { PublicKey = publicKeyHex }));
}
