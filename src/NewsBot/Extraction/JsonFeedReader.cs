using System.Net;
using System.Text.Json;
using NewsBot.Fetching;

namespace NewsBot.Extraction;

/// <summary>JSON Feed 1.0 and 1.1 (jsonfeed.org): the same item fields, 1.1 adding an authors array beside author.</summary>
internal static class JsonFeedReader
{
    private const string Hint = "check the URL points at a JSON Feed (https://jsonfeed.org).";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static ParsedFeed Read(string text, Uri feedUrl)
    {
        JsonDocument document;
        IReadOnlyList<FeedRepair> repairs = [];
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            // JSON forbids raw control characters inside strings; as in XML feeds, they are dropped rather than the feed.
            document = ForbiddenCharacters.WithoutRaw(text) is { } cleaned && TryParse(cleaned) is { } repaired
                ? repaired
                : throw new FeedFormatException($"The JSON feed is not valid JSON (line {ex.LineNumber + 1}): {ex.Message}; {Hint}", ex);
            repairs = [FeedRepair.ControlCharacters];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !IsJsonFeed(root))
                throw new FeedFormatException(FetchProblemKind.NotAFeed, $"The document is JSON but not a JSON Feed (no \"version\": \"https://jsonfeed.org/version/1.1\"); {Hint}");

            var title = String(root, "title");
            var items = root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(i => ReadItem(i, feedUrl)).ToList()
                : [];
            return new ParsedFeed(title is null ? null : FeedXml.CleanTitle(title), FeedXml.Resolve(String(root, "home_page_url"), feedUrl), items)
            {
                Repairs = repairs,
            };
        }
    }

    private static JsonDocument? TryParse(string text)
    {
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The spec's version URL, or a version written as a number ("1", "1.0", "1.1", as several generators do), or no
    /// version at all with a list of items: all are JSON Feeds as their publishers meant them.
    /// </summary>
    private static bool IsJsonFeed(JsonElement root)
    {
        if (!root.TryGetProperty("version", out var version) || version.ValueKind == JsonValueKind.Null)
            return root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array;
        var written = version.ValueKind switch
        {
            JsonValueKind.String => version.GetString()!.Trim(),
            JsonValueKind.Number => version.GetRawText(),
            _ => "",
        };
        return written.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase) || written is "1" or "1.0" or "1.1";
    }

    private static FeedItem ReadItem(JsonElement item, Uri feedUrl)
    {
        var contentHtml = String(item, "content_html") ?? (String(item, "content_text") is { } plain ? WebUtility.HtmlEncode(plain) : null);
        var summary = String(item, "summary");
        var tags = item.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Array
            ? t.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString())
            : [];
        var updated = FeedDate.Parse(String(item, "date_modified"));
        var image = FeedXml.Resolve(String(item, "image"), feedUrl)
            ?? FeedXml.Resolve(String(item, "banner_image"), feedUrl)
            ?? AttachedImage(item, feedUrl)
            ?? FeedXml.Resolve(FeedXml.FirstImgSrc(contentHtml), feedUrl);

        return new FeedItem(
            String(item, "id") ?? (item.TryGetProperty("id", out var number) && number.ValueKind == JsonValueKind.Number ? number.GetRawText() : null),
            FeedXml.Resolve(String(item, "url"), feedUrl) ?? FeedXml.Resolve(String(item, "external_url"), feedUrl),
            FeedXml.CleanTitle(String(item, "title")),
            FeedDate.Parse(String(item, "date_published")) ?? updated,
            FeedXml.Distinct(tags),
            string.IsNullOrWhiteSpace(contentHtml) ? null : contentHtml.Trim(),
            string.IsNullOrWhiteSpace(summary) ? null : WebUtility.HtmlEncode(summary.Trim()),
            image,
            updated,
            AuthorOf(item));
    }

    private static Uri? AttachedImage(JsonElement item, Uri feedUrl) =>
        item.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array
            ? attachments.EnumerateArray()
                .Where(a => a.ValueKind == JsonValueKind.Object && FeedXml.LooksLikeImage(String(a, "mime_type"), String(a, "url")))
                .Select(a => FeedXml.Resolve(String(a, "url"), feedUrl)).FirstOrDefault(u => u is not null)
            : null;

    private static string? AuthorOf(JsonElement item)
    {
        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            return FeedXml.Text(string.Join(", ", authors.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(a => String(a, "name")).OfType<string>()));
        return item.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? FeedXml.Text(String(author, "name")) : null;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
