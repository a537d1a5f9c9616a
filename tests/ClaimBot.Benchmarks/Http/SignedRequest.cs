using System.Net.Http.Headers;

namespace ClaimBot.Benchmarks.Http;

/// <summary>One pre-signed request: relative path, raw body, content type and signature headers.</summary>
internal sealed record SignedRequest(string Path, byte[] Body, string ContentType, IReadOnlyList<(string Name, string Value)> Headers)
{
    public HttpRequestMessage ToMessage(Uri baseAddress)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, Path)) { Content = new ByteArrayContent(Body) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }
}
