using System.Globalization;
using System.Text.Json;
using NewsBot.Fetching;

namespace NewsBot.Extraction;

/// <summary>
/// Reads the answer of a WordPress site's <c>/wp-json/wp/v2/posts?_embed</c>: rendered title, excerpt and content,
/// GMT dates, category and tag names from <c>_embedded["wp:term"]</c> and the featured image's <c>source_url</c>.
/// </summary>
public static class WordPressPostsReader
{
    private const string Hint = "check the source's URL is the WordPress site's address and its REST API is not switched off.";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = true };

    /// <summary>The posts endpoint of the site at <paramref name="siteUrl"/>, unless the admin already gave one.</summary>
    public static Uri PostsUrl(Uri siteUrl, int perPage)
    {
        ArgumentNullException.ThrowIfNull(siteUrl);
        if (siteUrl.AbsolutePath.Contains("/wp-json/", StringComparison.Ordinal)) return siteUrl;
        // Relative to the site's own folder: many regency portals run WordPress under /berita/ or /portal/.
        var folder = siteUrl.AbsoluteUri.EndsWith('/') ? siteUrl : new Uri(siteUrl.AbsoluteUri + "/");
        return new Uri(folder, string.Create(CultureInfo.InvariantCulture, $"wp-json/wp/v2/posts?_embed&per_page={perPage}"));
    }

    public static IReadOnlyList<FeedItem> Read(byte[] body, Uri postsUrl)
    {
        ArgumentNullException.ThrowIfNull(body);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(FeedDecoder.Decode(body, "application/json; charset=utf-8"), Options);
        }
        catch (JsonException ex)
        {
            throw new FeedFormatException($"The WordPress answer is not valid JSON (line {ex.LineNumber + 1}): {ex.Message}; {Hint}", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new FeedFormatException(FetchProblemKind.NotAFeed, $"The WordPress answer is not a list of posts (it is a JSON {document.RootElement.ValueKind}); {Hint}");
            return document.RootElement.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object)
                .Select(p => ReadPost(p, postsUrl)).ToList();
        }
    }

    private static FeedItem ReadPost(JsonElement post, Uri postsUrl)
    {
        var guid = Rendered(post, "guid") ?? (post.TryGetProperty("id", out var id) ? id.ToString() : null);
        var embedded = post.TryGetProperty("_embedded", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
        return new FeedItem(
            guid,
            FeedXml.Resolve(String(post, "link"), postsUrl),
            FeedXml.CleanTitle(Rendered(post, "title")),
            Gmt(post, "date_gmt"),
            TermNames(embedded),
            Rendered(post, "content"),
            Rendered(post, "excerpt"),
            FeedXml.Resolve(FeaturedImage(embedded), postsUrl),
            Gmt(post, "modified_gmt"));
    }

    private static List<string> TermNames(JsonElement embedded)
    {
        // One array per taxonomy (categories, tags, sometimes custom ones), each of term objects with a name.
        if (embedded.ValueKind != JsonValueKind.Object || !embedded.TryGetProperty("wp:term", out var taxonomies)
            || taxonomies.ValueKind != JsonValueKind.Array) return [];
        return FeedXml.Distinct(taxonomies.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.Array)
            .SelectMany(t => t.EnumerateArray()).Select(term => FeedXml.Text(String(term, "name")))).ToList();
    }

    private static string? FeaturedImage(JsonElement embedded) =>
        embedded.ValueKind == JsonValueKind.Object && embedded.TryGetProperty("wp:featuredmedia", out var media)
        && media.ValueKind == JsonValueKind.Array && media.GetArrayLength() > 0
            ? String(media[0], "source_url")
            : null;

    /// <summary>WordPress writes *_gmt without a zone; they are UTC.</summary>
    private static DateTime? Gmt(JsonElement post, string name) =>
        DateTime.TryParse(String(post, name), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;

    private static string? Rendered(JsonElement post, string name) =>
        post.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? String(value, "rendered") : null;

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
