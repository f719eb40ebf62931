using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Drains the outbox: claims due rows in batches under a lease, sends them at the channel's pace, and records every
/// outcome. A row is only marked sent after the channel confirmed it, so a crash resends at most one batch in flight.
/// </summary>
public sealed partial class DeliveryDispatcher(
    IDbContextFactory<NewsBotDbContext> contexts,
    IEnumerable<IMessageChannel> channels,
    ChannelRateLimiters limiters,
    DeliveryOutcomeRecorder recorder,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<DeliveryDispatcher> logger)
{
    private readonly Dictionary<ChannelKind, IMessageChannel> channelsByKind = channels.ToDictionary(c => c.Kind);

    /// <summary>Sends everything that is due now, batch after batch, and returns the counts.</summary>
    public async Task<DispatchSummary> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var total = DispatchSummary.Empty;
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await ClaimBatchAsync(cancellationToken);
            if (batch.Count == 0) break;

            var outcomes = await SendBatchAsync(batch, cancellationToken);
            var summary = await recorder.RecordAsync(batch, outcomes, cancellationToken);
            LogBatch(logger, summary.Sent, summary.Retrying, summary.Failed, summary.Cancelled);
            total = total.Add(summary);
        }

        return total;
    }

    private async Task<List<ClaimedDelivery>> ClaimBatchAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var ids = await db.Deliveries
            .Where(d => (d.Status == DeliveryStatus.Pending && d.DueUtc <= now)
                        || (d.Status == DeliveryStatus.Sending && d.LeaseUntilUtc < now))
            .OrderByDescending(d => d.Priority).ThenBy(d => d.DueUtc).ThenBy(d => d.Id)
            .Select(d => d.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0) return [];

        var leaseUntil = now + options.Value.LeaseDuration;
        await db.Deliveries.Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Status, DeliveryStatus.Sending).SetProperty(d => d.LeaseUntilUtc, leaseUntil),
            cancellationToken);

        return await db.Deliveries.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .OrderByDescending(d => d.Priority).ThenBy(d => d.Id)
            .Select(d => new ClaimedDelivery(
                d.Id, d.Attempts, d.SubscriberId, d.Subscriber!.Channel, d.Subscriber.ChatId, d.Subscriber.Language,
                d.Subscriber.State, d.Article!.Title, d.Article.Summary, d.Article.Url,
                d.Article.Tags.Select(t => t.Tag).ToList()))
            .ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyDictionary<long, SendOutcome?>> SendBatchAsync(
        List<ClaimedDelivery> batch, CancellationToken cancellationToken)
    {
        var outcomes = new ConcurrentDictionary<long, SendOutcome?>();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Value.MaxConcurrentSends,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(batch, parallel, async (delivery, ct) =>
            outcomes[delivery.Id] = await SendOneAsync(delivery, ct));
        return outcomes;
    }

    /// <summary>Null means: not sent on purpose (the subscriber is no longer active).</summary>
    private async Task<SendOutcome?> SendOneAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.SubscriberState != SubscriberState.Active) return null;
        if (!channelsByKind.TryGetValue(delivery.Channel, out var channel))
        {
            return new SendOutcome.RetryLater($"The {delivery.Channel} channel is not configured; set its credentials to send.");
        }

        var limiter = limiters.For(delivery.Channel);
        if (limiter.PauseRemaining() is { } paused) return new SendOutcome.RetryLater("The channel is pausing after a flood wait.", paused);
        await limiter.WaitForTurnAsync(delivery.ChatId, cancellationToken);
        // A 429 may have arrived while this row queued for its permit.
        if (limiter.PauseRemaining() is { } pausedMeanwhile)
        {
            return new SendOutcome.RetryLater("The channel is pausing after a flood wait.", pausedMeanwhile);
        }

        SendOutcome outcome;
        try
        {
            outcome = await channel.SendAsync(
                new NewsMessage(delivery.ChatId, delivery.Title, delivery.Summary, delivery.Url, delivery.Tags, delivery.Language),
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogSendCrashed(logger, ex, delivery.Id, delivery.Channel);
            outcome = new SendOutcome.RetryLater($"Unexpected error while sending: {ex.Message}");
        }

        if (outcome is SendOutcome.RetryLater { After: { } after })
        {
            // The platform's flood wait covers the whole bot, not only this chat: everyone waits exactly that long.
            limiter.PauseUntil(time.GetUtcNow() + after);
            LogFloodWait(logger, delivery.Channel, after.TotalSeconds);
        }

        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dispatched a batch: {Sent} sent, {Retrying} to retry, {Failed} failed, {Cancelled} cancelled")]
    private static partial void LogBatch(ILogger logger, int sent, int retrying, int failed, int cancelled);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending delivery {DeliveryId} on {Channel} crashed; it will be retried")]
    private static partial void LogSendCrashed(ILogger logger, Exception exception, long deliveryId, ChannelKind channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} asked us to wait {RetryAfter} s; pausing the channel")]
    private static partial void LogFloodWait(ILogger logger, ChannelKind channel, double retryAfter);
}
