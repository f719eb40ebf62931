using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Delivery;
using NewsBot.Delivery.Telegram;
using NewsBot.Storage;

namespace NewsBot.Broadcasts;

/// <summary>
/// Turns a confirmed draft into outbox rows, exactly once: the draft → confirmed step is one conditional update, so a
/// second press, a typed confirmation after the button, or a second instance all find it already taken. The message
/// becomes an article of the hidden broadcast source, so dispatch, retries, statistics and rate limits are the news'.
/// </summary>
public sealed partial class BroadcastConfirmation(
    IDbContextFactory<NewsBotDbContext> contexts,
    BroadcastSource source,
    BroadcastAudience audience,
    BroadcastStop stop,
    IOptions<BroadcastOptions> options,
    IDispatchNow dispatch,
    TimeProvider time,
    ILogger<BroadcastConfirmation> logger)
{
    private const int MaxTitleCodePoints = 100;

    public async Task<BroadcastDecision> ConfirmAsync(
        long? broadcastId, ChannelKind channel, string senderId, CancellationToken cancellationToken)
    {
        var (found, refusal) = await FindDraftAsync(broadcastId, channel, senderId, cancellationToken);
        if (refusal is not null) return refusal;
        var broadcast = found!;

        var now = time.GetUtcNow().UtcDateTime;
        var sourceId = await source.EnsureAsync(cancellationToken);
        long articleId;
        await using (var db = contexts.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var taken = await db.Broadcasts.Where(b => b.Id == broadcast.Id && b.State == BroadcastState.Draft)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, BroadcastState.Confirmed).SetProperty(b => b.ConfirmedUtc, now), cancellationToken);
            if (taken == 0) return await DecidedMeanwhileAsync(broadcast.Id, cancellationToken);

            var article = ArticleOf(broadcast, sourceId, now);
            db.Articles.Add(article);
            await db.SaveChangesAsync(cancellationToken);
            articleId = article.Id;
            await db.Broadcasts.Where(b => b.Id == broadcast.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.ArticleId, articleId), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        LogConfirmed(logger, broadcast.Id, broadcast.Channel, broadcast.AdminSenderId, broadcast.Urgent);
        broadcast.State = BroadcastState.Confirmed;
        broadcast.ConfirmedUtc = now;
        broadcast.ArticleId = articleId;
        var planned = await PlanAsync(broadcast, cancellationToken);
        return new BroadcastDecision(BroadcastDecision.Outcome.Confirmed, broadcast, planned);
    }

    public async Task<BroadcastDecision> CancelAsync(long? broadcastId, ChannelKind channel, string senderId, CancellationToken cancellationToken)
    {
        var (found, refusal) = await FindDraftAsync(broadcastId, channel, senderId, cancellationToken);
        if (refusal is { Result: not BroadcastDecision.Outcome.Expired }) return refusal;
        var broadcast = found ?? refusal!.Broadcast!;

        await using var db = contexts.CreateDbContext();
        var now = time.GetUtcNow().UtcDateTime;
        var cancelled = await db.Broadcasts.Where(b => b.Id == broadcast.Id && b.State == BroadcastState.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, BroadcastState.Cancelled).SetProperty(b => b.CancelledUtc, now), cancellationToken);
        return cancelled == 0 && refusal is null
            ? await DecidedMeanwhileAsync(broadcast.Id, cancellationToken)
            : new BroadcastDecision(BroadcastDecision.Outcome.Cancelled, broadcast);
    }

    /// <summary>
    /// Plans a confirmed broadcast whose planning did not finish (the app stopped in the middle): planning again only
    /// adds the rows that are missing.
    /// </summary>
    public async Task<int> ResumePlanningAsync(CancellationToken cancellationToken)
    {
        // A broadcast stopped while the previous process was still planning it stays stopped: nothing left of it goes out.
        await stop.WithdrawLeftoversAsync(cancellationToken);
        await using var db = contexts.CreateDbContext();
        var unfinished = await db.Broadcasts.AsNoTracking()
            .Where(b => b.State == BroadcastState.Confirmed && b.PlannedUtc == null && b.ArticleId != null)
            .ToListAsync(cancellationToken);
        foreach (var broadcast in unfinished) await PlanAsync(broadcast, cancellationToken);
        return unfinished.Count;
    }

    private async Task<int> PlanAsync(Broadcast broadcast, CancellationToken cancellationToken)
    {
        var priority = broadcast.Urgent ? DeliveryPriority.Urgent : DeliveryPriority.News;
        // The first window's rows are sent while the next ones are planned.
        var planned = await audience.PlanAsync(broadcast.ArticleId!.Value, broadcast.Tag, priority, TriggerDispatchAsync, cancellationToken);
        // Stopped while its later windows were being planned: those rows are withdrawn too.
        await stop.WithdrawLeftoversAsync(cancellationToken);
        await using var db = contexts.CreateDbContext();
        var total = await db.Deliveries.CountAsync(d => d.ArticleId == broadcast.ArticleId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await db.Broadcasts.Where(b => b.Id == broadcast.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Planned, total).SetProperty(b => b.PlannedUtc, now), cancellationToken);
        broadcast.Planned = total;
        broadcast.PlannedUtc = now;
        return planned;
    }

    private Task TriggerDispatchAsync(CancellationToken cancellationToken) => dispatch.TriggerAsync(cancellationToken);

    private async Task<(Broadcast? Draft, BroadcastDecision? Refusal)> FindDraftAsync(
        long? broadcastId, ChannelKind channel, string senderId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var broadcast = broadcastId is { } id
            ? await db.Broadcasts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken)
            : await db.Broadcasts.AsNoTracking()
                .Where(b => b.Channel == channel && b.AdminSenderId == senderId && b.State == BroadcastState.Draft)
                .OrderByDescending(b => b.Id).FirstOrDefaultAsync(cancellationToken);
        if (broadcast is null) return (null, new BroadcastDecision(BroadcastDecision.Outcome.NotFound, null));
        if (broadcast.Channel != channel || broadcast.AdminSenderId != senderId)
            return (null, new BroadcastDecision(BroadcastDecision.Outcome.NotYours, broadcast));
        if (Decided(broadcast) is { } decided) return (null, decided);
        if (time.GetUtcNow().UtcDateTime - broadcast.CreatedUtc > options.Value.DraftLifetime)
            return (null, new BroadcastDecision(BroadcastDecision.Outcome.Expired, broadcast));
        return (broadcast, null);
    }

    private async Task<BroadcastDecision> DecidedMeanwhileAsync(long broadcastId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var broadcast = await db.Broadcasts.AsNoTracking().SingleAsync(b => b.Id == broadcastId, cancellationToken);
        return Decided(broadcast) ?? new BroadcastDecision(BroadcastDecision.Outcome.NotFound, broadcast);
    }

    private static BroadcastDecision? Decided(Broadcast broadcast) => broadcast.State switch
    {
        BroadcastState.Confirmed => new BroadcastDecision(BroadcastDecision.Outcome.AlreadyConfirmed, broadcast),
        BroadcastState.Cancelled => new BroadcastDecision(BroadcastDecision.Outcome.AlreadyCancelled, broadcast),
        _ => null,
    };

    /// <summary>
    /// The article that carries the broadcast: its first line as the title (for lists such as /terbaru), the whole text as
    /// the body, the first link in it (if any) as its URL, and no topics, so it never shows up as a news topic.
    /// </summary>
    private static Article ArticleOf(Broadcast broadcast, int sourceId, DateTime now)
    {
        var firstLine = broadcast.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return new Article
        {
            SourceId = sourceId,
            ItemKey = $"broadcast-{broadcast.Id}",
            Url = FirstLink().Match(broadcast.Text) is { Success: true } link ? link.Value.TrimEnd('.', ',', ';', ':', ')', '!', '?') : "",
            Title = TelegramNewsFormatter.Truncate(firstLine, MaxTitleCodePoints),
            Summary = broadcast.Text,
            PublishedUtc = now,
            FirstSeenUtc = now,
        };
    }

    [GeneratedRegex(@"https?://\S+", RegexOptions.IgnoreCase)]
    private static partial Regex FirstLink();

    [LoggerMessage(Level = LogLevel.Information, Message = "Broadcast {BroadcastId} confirmed on {Channel} by {SenderId} (urgent: {Urgent})")]
    private static partial void LogConfirmed(ILogger logger, long broadcastId, ChannelKind channel, string senderId, bool urgent);
}
