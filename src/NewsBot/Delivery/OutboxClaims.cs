using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Takes due outbox rows under a lease, most urgent first, and gives back the rows a dead process held.</summary>
public sealed class OutboxClaims(IDbContextFactory<NewsBotDbContext> contexts, IOptions<DeliveryOptions> options, TimeProvider time)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, ArticleContent> articleCache = new();

    /// <summary>Claims up to <paramref name="limit"/> due rows. <paramref name="minimumPriority"/> restricts to urgent ones.</summary>
    public async Task<List<ClaimedDelivery>> ClaimAsync(int limit, int minimumPriority, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        if (await DeliveryPause.IsPausedAsync(db, cancellationToken)) return [];
        // Two queries rather than one with OR: each walks its index in claim order and stops after `limit` rows, where
        // the OR made SQLite read and sort every due row on each claim (31 ms a claim at 100,000 rows, now under 1 ms).
        // On PostgreSQL one transaction keeps the rows locked from being read until they are marked Sending. SQLite has
        // one writer and needs none (its transaction would take the write lock even for a claim that finds nothing).
        await using var transaction = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var due = await ClaimCandidates.DueAsync(db, minimumPriority, now, limit, cancellationToken);
        // Rows whose claimer died without giving them back (its lease ran out): few, and only after a crash.
        var abandoned = await ClaimCandidates.AbandonedAsync(db, minimumPriority, now, limit, cancellationToken);
        var ids = due.Concat(abandoned)
            .OrderByDescending(d => d.Priority).ThenBy(d => d.DueUtc).ThenBy(d => d.Id)
            .Take(limit)
            .Select(d => d.Id)
            .ToList();
        if (ids.Count == 0) return [];

        var leaseUntil = now + options.Value.LeaseDuration;
        await db.Deliveries.Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Status, DeliveryStatus.Sending).SetProperty(d => d.LeaseUntilUtc, leaseUntil),
            cancellationToken);

        var rows = await db.Deliveries.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .OrderByDescending(d => d.Priority).ThenBy(d => d.DueUtc).ThenBy(d => d.Id)
            .Select(d => new
            {
                d.Id, d.ArticleId, d.Priority, d.Attempts, d.SubscriberId, d.Subscriber!.Channel, d.Subscriber.ChatId,
                d.Subscriber.Language, d.Subscriber.State, d.DigestId,
            })
            .ToListAsync(cancellationToken);
        var articles = await LoadArticlesAsync(db, rows.Select(r => r.ArticleId).Distinct().ToList(), cancellationToken);
        var digests = await Digests.DigestItems.LoadAsync(
            db, rows.Where(r => r.DigestId == r.Id).Select(r => r.Id).ToList(), cancellationToken);
        // Committed only once everything is read: a connection lost halfway leaves the rows unclaimed, not claimed by
        // nobody until their lease runs out.
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return rows.Select(r => new ClaimedDelivery(
            r.Id, r.Priority, r.Attempts, r.SubscriberId, r.Channel, r.ChatId, r.Language, r.State, articles[r.ArticleId])
        {
            Digest = digests.GetValueOrDefault(r.Id),
        }).ToList();
    }

    private async Task<Dictionary<long, ArticleContent>> LoadArticlesAsync(
        NewsBotDbContext db, List<long> articleIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, ArticleContent>();
        var missing = new List<long>();
        foreach (var id in articleIds)
        {
            if (articleCache.TryGetValue(id, out var cached)) found[id] = cached;
            else missing.Add(id);
        }

        if (missing.Count == 0) return found;
        var rows = await db.Articles.AsNoTracking().Where(a => missing.Contains(a.Id))
            .Select(a => new
            {
                Content = new ArticleContent(a.Id, a.Title, a.Summary, a.Url, a.Tags.Select(t => t.Tag).ToList(), NewsKind.Article),
                IsBroadcast = a.Source!.Kind == SourceKind.Broadcast,
                IsUrgent = db.Broadcasts.Any(b => b.ArticleId == a.Id && b.Urgent),
                IsStopped = db.Broadcasts.Any(b => b.ArticleId == a.Id && b.State == BroadcastState.Stopped),
            })
            .ToListAsync(cancellationToken);
        // An admin's broadcast is laid out differently from news: the channels need to know which it is. A stopped
        // one read here (after a restart, say) is skipped by the senders; a stop after this is WithdrawnArticles' job.
        var loaded = rows.Select(r => r.IsBroadcast
            ? r.Content with { Kind = r.IsUrgent ? NewsKind.UrgentNotice : NewsKind.Broadcast, Withdrawn = r.IsStopped }
            : r.Content).ToList();
        // A broadcast touches few articles many times; the cache only needs to hold the current ones.
        if (articleCache.Count > 1_000) articleCache.Clear();
        foreach (var article in loaded)
        {
            articleCache[article.ArticleId] = article;
            found[article.ArticleId] = article;
        }

        return found;
    }

    /// <summary>Returns every claimed row to the outbox: the process that claimed them is gone.</summary>
    public async Task<int> ReleaseAllClaimsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Deliveries.Where(d => d.Status == DeliveryStatus.Sending).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Status, DeliveryStatus.Pending).SetProperty(d => d.LeaseUntilUtc, (DateTime?)null),
            cancellationToken);
    }
}
