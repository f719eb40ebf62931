using Microsoft.Extensions.Options;
using NewsBot.Delivery;
using NewsBot.Extraction;
using NewsBot.Matching;
using NewsBot.Storage;
using NewsBot.Summaries;

namespace NewsBot.Sources;

/// <summary>
/// Turns the items of one poll into stored articles: known ones are skipped (or updated when edited, never resent),
/// new ones are read, summarised, stored and planned for delivery. The first poll, and items older than the last
/// success less a grace period, only fill the back catalogue: a source back from an outage does not burst old news.
/// </summary>
public sealed partial class ArticleIngester(
    ArticleReader reader,
    ExtractiveSummarizer summarizer,
    ArticleStore store,
    DeliveryPlanner planner,
    IDispatchNow dispatch,
    IOptions<SourcesOptions> options,
    IOptions<SummaryOptions> summaryOptions,
    TimeProvider time,
    ILogger<ArticleIngester> logger)
{
    /// <remarks>Call before the source's success is recorded: its previous LastSuccessUtc sets the age limit.</remarks>
    /// <param name="backCatalogue">Keys of items known to be back catalogue whatever their date (pages that failed while it was taken).</param>
    public async Task<RefreshResult> IngestAsync(
        Source source, IReadOnlyList<FeedItem> feedItems, CancellationToken cancellationToken, IReadOnlySet<string>? backCatalogue = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(feedItems);
        var items = feedItems.Take(options.Value.MaxItemsPerPoll).Select(ItemIdentity.Of)
            .DistinctBy(i => i.Key).DistinctBy(i => i.GuidKey ?? i.Key).ToList();
        var known = await store.FindKnownAsync(source.Id, items.Select(i => i.Key).ToList(),
            items.Select(i => i.GuidKey).OfType<string>().ToList(), cancellationToken);
        var byKey = known.ToDictionary(k => k.ItemKey, StringComparer.Ordinal);
        var byGuid = known.Where(k => k.GuidKey is not null).DistinctBy(k => k.GuidKey).ToDictionary(k => k.GuidKey!, StringComparer.Ordinal);

        var firstPoll = !source.BaselineTaken;
        var cutoff = firstPoll ? null : source.LastSuccessUtc - options.Value.OldItemGrace;
        var fresh = new List<Article>();
        var edited = 0;
        // Feeds list newest first; storing oldest first keeps deliveries in publication order.
        foreach (var item in Enumerable.Reverse(items))
        {
            var match = byKey.GetValueOrDefault(item.Key) ?? (item.GuidKey is { } guid ? byGuid.GetValueOrDefault(guid) : null);
            if (match is null)
            {
                var article = await ReadAsync(source, item, cancellationToken);
                article.IsBaseline = firstPoll || article.PublishedUtc < cutoff || backCatalogue?.Contains(item.Key) == true;
                fresh.Add(article);
            }
            else if (await UpdateIfEditedAsync(source, match, item, cancellationToken))
            {
                edited++;
            }
        }

        var added = fresh.Count > 0 ? await store.AddAsync(fresh, cancellationToken) : [];
        var toSend = fresh.Where(a => !a.IsBaseline && added.Contains(a.Id)).Select(a => a.Id).ToList();
        var planned = 0;
        if (toSend.Count > 0)
        {
            planned = await planner.PlanAsync(toSend, DeliveryPriority.News, cancellationToken);
            if (planned > 0) await dispatch.TriggerAsync(cancellationToken);
        }

        source.BaselineTaken = true;
        LogIngested(logger, source.Id, items.Count, added.Count, added.Count - toSend.Count, edited, planned);
        return new RefreshResult(added.Count, planned, Problem: null, UpdatedArticles: edited);
    }

    private async Task<bool> UpdateIfEditedAsync(Source source, KnownArticle known, ItemIdentity item, CancellationToken cancellationToken)
    {
        if (known.ContentHash == item.ContentHash) return false;
        if (known.ContentHash is null)
        {
            // Stored before content hashes existed: remember this version rather than call it an edit.
            await store.SetContentHashAsync(known.Id, item.ContentHash, cancellationToken);
            return false;
        }

        var article = await ReadAsync(source, item, cancellationToken);
        await store.UpdateEditedAsync(known.Id, article, cancellationToken);
        LogEdited(logger, source.Id, known.Id);
        return true;
    }

    private async Task<Article> ReadAsync(Source source, ItemIdentity item, CancellationToken cancellationToken)
    {
        var sourceTags = source.DefaultTags.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var draft = await reader.ReadAsync(item.Item, item.Key, sourceTags, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        return new Article
        {
            SourceId = source.Id,
            ItemKey = item.Key,
            GuidKey = item.GuidKey,
            ContentHash = item.ContentHash,
            Url = draft.Url,
            Title = draft.Title,
            Summary = summarizer.Summarize(draft.Title, draft.Text, summaryOptions.Value.MaxChars),
            ImageUrl = draft.ImageUrl,
            PublishedUtc = draft.PublishedUtc ?? now,
            UpdatedUtc = item.Item.UpdatedUtc,
            FirstSeenUtc = now,
            Tags = draft.Tags.Select(t => new ArticleTag { Tag = t }).ToList(),
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: {Items} items, {New} new ({Old} stored as back catalogue), {Edited} edited, {Planned} deliveries planned")]
    private static partial void LogIngested(ILogger logger, int sourceId, int items, int @new, int old, int edited, int planned);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: article {ArticleId} was edited at the source; stored the new version without sending it again")]
    private static partial void LogEdited(ILogger logger, int sourceId, long articleId);
}
