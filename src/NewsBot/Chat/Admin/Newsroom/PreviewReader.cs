using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Extraction;
using NewsBot.Extraction.Tagging;
using NewsBot.Fetching;
using NewsBot.Summaries;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>
/// Reads one URL the way the pipeline reads a source: through the real fetcher (its size cap and private-address guard
/// included), as a feed whose newest item is read like any other, or as an article page, then summarised and tagged.
/// </summary>
public sealed partial class PreviewReader(
    HttpFetcher fetcher,
    FeedParser feeds,
    ArticleReader articles,
    ArticlePageExtractor pages,
    ArticleTagger tagger,
    ExtractiveSummarizer summarizer,
    IOptions<SummaryOptions> summaries,
    ILogger<PreviewReader> logger)
{
    /// <summary>Less main text than this is a listing, a login or an error page, not an article.</summary>
    public const int MinArticleChars = 200;

    public async Task<PreviewArticle> ReadAsync(Uri url, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(new FetchRequest(url), cancellationToken);
        if (result is not FetchResult.Fetched fetched)
        {
            // The admin is told the kind of problem; the detail that pins it down is for the log.
            var problem = FetchResult.ProblemOf(result, url);
            LogFailed(logger, url, problem.Kind, problem.Detail);
            return new PreviewArticle.Failed(problem);
        }

        var draft = LooksLikeHtml(fetched) ? null : await ReadFeedAsync(fetched, cancellationToken);
        return draft ?? ReadPage(fetched);
    }

    /// <summary>The newest item of a feed; null when the body is not a feed after all.</summary>
    private async Task<PreviewArticle?> ReadFeedAsync(FetchResult.Fetched fetched, CancellationToken cancellationToken)
    {
        ParsedFeed feed;
        try
        {
            feed = feeds.Parse(fetched.Body, fetched.ContentType, fetched.FinalUrl);
        }
        catch (FeedFormatException)
        {
            return null;
        }

        if (feed.Items.Count == 0) return new PreviewArticle.NotAnArticle(TextChars: null);
        var item = feed.Items[0];
        var draft = await articles.ReadAsync(item, ArticleReader.KeyOf(item), [], cancellationToken);
        return Summarised(draft.Title, draft.Url, draft.Text, draft.Tags, fromFeed: true);
    }

    private PreviewArticle ReadPage(FetchResult.Fetched fetched)
    {
        var page = pages.Extract(FeedDecoder.Decode(fetched.Body, fetched.ContentType), fetched.FinalUrl);
        if (page.Text.Length < MinArticleChars) return new PreviewArticle.NotAnArticle(page.Text.Length);

        var title = string.IsNullOrWhiteSpace(page.Title) ? fetched.FinalUrl.ToString() : page.Title;
        return Summarised(title, fetched.FinalUrl.ToString(), page.Text, tagger.Tag(page.Tags, title, page.Text), fromFeed: false);
    }

    private PreviewArticle.Read Summarised(string title, string url, string text, IReadOnlyList<string> tags, bool fromFeed) =>
        new(title, url, text, summarizer.Summarize(title, text, summaries.Value.MaxChars), tags, fromFeed);

    /// <summary>The body decides before the declared type: small servers often serve their feed as text/html.</summary>
    private static bool LooksLikeHtml(FetchResult.Fetched fetched)
    {
        var start = Encoding.UTF8.GetString(fetched.Body, 0, Math.Min(fetched.Body.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (HtmlStarts.Any(s => start.StartsWith(s, StringComparison.OrdinalIgnoreCase))) return true;
        if (FeedStarts.Any(s => start.StartsWith(s, StringComparison.OrdinalIgnoreCase))) return false;
        return fetched.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true;
    }

    private static readonly string[] HtmlStarts = ["<!doctype html", "<html"];
    private static readonly string[] FeedStarts = ["<?xml", "<rss", "<feed", "<rdf", "{"];

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not preview {Url}, {Kind}: {Reason}")]
    private static partial void LogFailed(ILogger logger, Uri url, FetchProblemKind kind, string reason);
}
