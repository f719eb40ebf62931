using Microsoft.Extensions.Options;
using NewsBot.Extraction.Tagging;
using NewsBot.Fetching;
using NewsBot.Storage;

namespace NewsBot.Extraction;

/// <summary>
/// Reads one feed item into an <see cref="ArticleDraft"/>: its full text from the feed, or from the article page when the
/// feed only carries an excerpt, and its tags from the feed's categories, the page's tag list and the source's own tags.
/// </summary>
public sealed partial class ArticleReader(
    HttpFetcher fetcher,
    ArticlePageExtractor pageExtractor,
    ArticleTagger tagger,
    IOptions<ArticleReadingOptions> options,
    ILogger<ArticleReader> logger)
{
    public async Task<ArticleDraft> ReadAsync(FeedItem item, string itemKey, IReadOnlyList<string> sourceTags, CancellationToken cancellationToken)
    {
        var text = HtmlToText.Convert(item.ContentHtml);
        var summaryText = HtmlToText.Convert(item.SummaryHtml);
        if (summaryText.Length > text.Length) text = summaryText;

        var tags = new List<string>(sourceTags);
        var imageUrl = item.ImageUrl?.ToString();
        var published = item.PublishedUtc;
        if (!item.IsFullText && text.Length < options.Value.MinFeedTextChars && item.Link is not null)
        {
            var page = await ReadPageAsync(item.Link, cancellationToken);
            if (page is not null)
            {
                if (page.Text.Length > text.Length) text = page.Text;
                tags.AddRange(page.Tags);
                imageUrl ??= page.ImageUrl?.ToString();
                published ??= page.PublishedUtc;
            }
        }

        tags.AddRange(item.Categories);
        var slugs = tagger.Tag(tags, item.Title, text).ToList();
        var url = item.Link?.ToString() ?? "";
        return new ArticleDraft(itemKey, item.Title, url, text, slugs, imageUrl, published);
    }

    public static string KeyOf(FeedItem item) => ArticleKey.For(item.Id, item.Link, item.Title);

    private async Task<ArticlePage?> ReadPageAsync(Uri link, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(new FetchRequest(link), cancellationToken);
        if (result is not FetchResult.Fetched fetched)
        {
            // The excerpt is still worth sending; a page we cannot read only costs detail.
            LogPageFailed(logger, link, (result as FetchResult.Failed)?.Error ?? "not modified");
            return null;
        }

        try
        {
            return pageExtractor.Extract(FeedDecoder.DecodePage(fetched.Body, fetched.ContentType), fetched.FinalUrl);
        }
        catch (Exception ex)
        {
            LogPageFailed(logger, link, ex.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the article page {Url}: {Reason}; using the feed's excerpt")]
    private static partial void LogPageFailed(ILogger logger, Uri url, string reason);
}
