using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Writes what happened to one batch in one transaction: sent rows in a single update, the rest row by row, and the
/// consequences for subscribers (deactivated when the chat is gone, moved when a group became a supergroup).
/// </summary>
public sealed partial class DeliveryOutcomeRecorder(
    IDbContextFactory<NewsBotDbContext> contexts,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<DeliveryOutcomeRecorder> logger)
{
    /// <summary>
    /// Records the outcomes. Runs to the end even when the app is stopping: these messages really went out.
    /// </summary>
    public async Task<DispatchSummary> RecordAsync(
        IReadOnlyList<(ClaimedDelivery Delivery, SendOutcome? Outcome)> results, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var ct = CancellationToken.None;
        var now = time.GetUtcNow().UtcDateTime;
        var byId = results.Select(r => r.Delivery).DistinctBy(d => d.Id).ToDictionary(d => d.Id);
        var outcomes = results.GroupBy(r => r.Delivery.Id).ToDictionary(g => g.Key, g => g.Last().Outcome);
        var sentIds = outcomes.Where(o => o.Value is SendOutcome.Sent).Select(o => o.Key).ToList();
        var cancelledIds = outcomes.Where(o => o.Value is null).Select(o => o.Key).ToList();
        var others = outcomes.Where(o => o.Value is not null and not SendOutcome.Sent).ToDictionary(o => o.Key, o => o.Value!);

        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (sentIds.Count > 0)
        {
            await db.Deliveries.Where(d => sentIds.Contains(d.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeliveryStatus.Sent).SetProperty(d => d.FinishedUtc, now)
                .SetProperty(d => d.LeaseUntilUtc, (DateTime?)null).SetProperty(d => d.LastError, (string?)null), ct);
        }

        if (cancelledIds.Count > 0)
        {
            await db.Deliveries.Where(d => cancelledIds.Contains(d.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeliveryStatus.Cancelled).SetProperty(d => d.FinishedUtc, now)
                .SetProperty(d => d.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(d => d.LastError, "The subscriber is no longer active."), ct);
        }

        var retrying = 0;
        var failed = 0;
        var withdrawnCount = 0;
        var deactivations = new Dictionary<long, string>();
        var migrations = new Dictionary<long, string>();
        // Usually every row of a batch was sent: then there is nothing to read row by row.
        var rows = others.Count == 0 ? [] : await db.Deliveries.Where(d => others.Keys.Contains(d.Id)).ToListAsync(ct);
        foreach (var row in rows)
        {
            row.LeaseUntilUtc = null;
            switch (others[row.Id])
            {
                case SendOutcome.RetryLater { After: { } after } wait:
                    row.Status = DeliveryStatus.Pending;
                    row.DueUtc = now + after;
                    row.LastError = wait.Reason;
                    retrying++;
                    break;
                case SendOutcome.Deferred deferred:
                    row.Status = DeliveryStatus.Pending;
                    row.DueUtc = now + deferred.After;
                    row.LastError = deferred.Reason;
                    retrying++;
                    break;
                case SendOutcome.RetryLater transient:
                    row.Attempts++;
                    row.LastError = transient.Reason;
                    if (row.Attempts >= options.Value.MaxAttempts)
                    {
                        row.Status = DeliveryStatus.Failed;
                        row.FinishedUtc = now;
                        failed++;
                        LogGaveUp(logger, row.Id, row.SubscriberId, row.Attempts, transient.Reason);
                    }
                    else
                    {
                        row.Status = DeliveryStatus.Pending;
                        row.DueUtc = now + Backoff(row.Attempts);
                        retrying++;
                    }

                    break;
                case SendOutcome.Rejected rejected:
                    row.Status = DeliveryStatus.Failed;
                    row.FinishedUtc = now;
                    row.LastError = rejected.Reason;
                    failed++;
                    if (rejected.DeactivateSubscriber) deactivations[row.SubscriberId] = rejected.Reason;
                    break;
                case SendOutcome.Withdrawn:
                    row.Status = DeliveryStatus.Withdrawn;
                    row.FinishedUtc = now;
                    row.LastError = WithdrawnReason;
                    withdrawnCount++;
                    break;
                case SendOutcome.ChatMigrated migrated:
                    row.Status = DeliveryStatus.Pending;
                    row.DueUtc = now;
                    row.LastError = $"The chat moved to {migrated.NewChatId}; resending there.";
                    migrations[row.SubscriberId] = migrated.NewChatId;
                    retrying++;
                    break;
            }
        }

        await db.SaveChangesAsync(ct);
        await SubscriberChanges.DeactivateAsync(db, deactivations, now, ct);
        await SubscriberChanges.MigrateAsync(db, migrations, byId, now, ct);
        await Digests.CarriedDeliveries.FollowCarriersAsync(db, byId.Values.Where(d => d.Digest is not null).Select(d => d.Id).ToList(), ct);
        await transaction.CommitAsync(ct);
        return new DispatchSummary(sentIds.Count, retrying, failed, cancelledIds.Count + withdrawnCount);
    }

    /// <summary>Why a withdrawn row was not sent, in the row itself.</summary>
    public const string WithdrawnReason = "An admin stopped this broadcast before its turn (/hentikansiaran).";

    private TimeSpan Backoff(int attempts)
    {
        var exponential = options.Value.RetryBaseDelay * Math.Pow(2, Math.Min(attempts - 1, 10));
        // Jitter spreads the retries of a whole failed batch so they do not hit the platform at the same instant.
        return exponential * (0.8 + Random.Shared.NextDouble() * 0.4);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up on delivery {DeliveryId} to subscriber {SubscriberId} after {Attempt} attempts: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, long deliveryId, long subscriberId, int attempt, string reason);
}
