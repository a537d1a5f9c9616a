using System.Text;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace ClaimBot.Platforms.Discord;

/// <summary>Checks Discord's Ed25519 request signature over UTF-8(timestamp) followed by the raw body, before anything parses the body.</summary>
public sealed class DiscordSignatureVerifier
{
    private const int SignatureLength = 64;
    private readonly PublicKey? _key;

    public DiscordSignatureVerifier(IOptions<DiscordOptions> options)
    {
        var hex = options.Value.PublicKey;
        _key = hex is not null && TryImportKey(hex, out var key) ? key : null;
    }

    /// <summary>True only when both headers are present, decode, and the signature matches the configured key.</summary>
    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body) =>
        _key is not null && Verify(_key, signatureHex, timestamp, body);

    /// <summary>Verifies with an explicit key; any decode problem counts as an invalid signature.</summary>
    public static bool Verify(PublicKey key, string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || !TryDecodeHex(signatureHex, SignatureLength, out var signature))
        {
            return false;
        }

        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(stamp.Length));
        return SignatureAlgorithm.Ed25519.Verify(key, message, signature);
    }

    /// <summary>Imports a 32-byte raw Ed25519 public key from hex; false for anything else.</summary>
    public static bool TryImportKey(string hex, out PublicKey? key)
    {
        key = null;
        if (!TryDecodeHex(hex.Trim(), 32, out var bytes))
        {
            return false;
        }

        return PublicKey.TryImport(SignatureAlgorithm.Ed25519, bytes, KeyBlobFormat.RawPublicKey, out key);
    }

    private static bool TryDecodeHex(string? hex, int expectedBytes, out byte[] bytes)
    {
        bytes = [];
        if (hex is null || hex.Length != expectedBytes * 2)
        {
            return false;
        }

        try
        {
            bytes = Convert.FromHexString(hex);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
