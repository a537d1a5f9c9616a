using System.Text;
using NSec.Cryptography;

namespace ClaimBot.Host.Tests.Fakes;

/// <summary>A real Ed25519 key pair generated per host, signing the way Discord does: UTF-8(timestamp) || body.</summary>
internal sealed class DiscordKeys : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public string Sign(string timestamp, string body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body)));

    public void Dispose() => _key.Dispose();
}
