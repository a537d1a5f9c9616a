using System.Security.Cryptography;
using ClaimBot.Core.Extraction;

namespace ClaimBot.Core.Documents;

/// <summary>Reads one source file: validates and decodes it, takes the main text of HTML and the plain text of Markdown, classifies paragraphs, detects the language and reads the metadata.</summary>
public sealed class SourceReader(LanguageDetector detector, BlockClassifier classifier, MetadataReader metadata)
{
    public SourceReadResult Read(string relativePath, ReadOnlySpan<byte> bytes, long maxBytes)
    {
        var (decoded, error) = SourceFileDecoder.Decode(bytes, maxBytes);
        if (decoded is null)
        {
            return SourceReadResult.Failed(error!);
        }

        var hash = SourceHash.Of(bytes);
        var file = relativePath.Replace('\\', '/');
        string text = decoded;
        HtmlMainText.Page? page = null;
        if (HtmlMainText.LooksLikeHtml(file, decoded))
        {
            page = HtmlMainText.Extract(file, decoded);
            text = page.Text;
        }
        else if (MarkdownText.IsMarkdown(file))
        {
            text = MarkdownText.ToPlain(decoded);
        }

        var blocks = classifier.Classify(text);
        var bodyText = string.Join('\n', blocks.Where(b => b.Kind is BlockKind.Body).Select(b => b.Of(text)));
        var language = detector.Detect(bodyText.Length > 0 ? bodyText : text);
        if (blocks.All(b => b.Kind is not BlockKind.Body))
        {
            return SourceReadResult.Failed("no article text found (only boilerplate or fragments)");
        }

        var meta = metadata.Read(text, blocks, language);
        var document = new SourceDocument(
            Id: IdFor(file),
            File: file,
            Title: page?.Title ?? meta.Title,
            Date: meta.Date ?? (page?.Published is { } published ? new PartialDate(published.Year, published.Month, published.Day).ToIso() : null),
            Language: language,
            Url: meta.Url ?? page?.Url,
            Outlet: meta.Outlet ?? page?.SiteName,
            ContentHash: hash,
            Text: text);
        return new SourceReadResult(document, blocks, null);
    }

    /// <summary>The source id of a file: its path under the sources folder without extension.</summary>
    public static string IdFor(string relativePath)
    {
        var file = relativePath.Replace('\\', '/');
        var extension = Path.GetExtension(file);
        return extension.Length > 0 ? file[..^extension.Length] : file;
    }
}
