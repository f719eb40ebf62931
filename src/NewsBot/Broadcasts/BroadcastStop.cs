using Microsoft.EntityFrameworkCore;
using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Broadcasts;

/// <summary>
/// Stops a broadcast while it is being sent (/hentikansiaran): the broadcast is marked stopped, its unclaimed rows are
/// withdrawn in one statement, and the rows the dispatcher already queued are skipped by the senders. After
/// a wrong broadcast, only the messages whose request is already on its way still go out. Any admin may stop any
/// broadcast: in an emergency its author may be out of reach.
/// </summary>
public sealed class BroadcastStop(
    IDbContextFactory<NewsBotDbContext> contexts,
    WithdrawnArticles withdrawn,
    BroadcastProgress progress,
    TimeProvider time)
{
    public enum Outcome
    {
        Stopped,
        NotFound,
        NothingRunning,
        NotConfirmed,
        AlreadyFinished,
        AlreadyStopped,
    }

    /// <summary>Stops broadcast <paramref name="broadcastId"/>, or the newest one still sending when no number is given.</summary>
    public async Task<BroadcastStopResult> StopAsync(long? broadcastId, CancellationToken cancellationToken)
    {
        Broadcast? broadcast;
        await using (var db = contexts.CreateDbContext())
        {
            broadcast = broadcastId is { } id
                ? await db.Broadcasts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken)
                : await db.Broadcasts.AsNoTracking()
                    .Where(b => b.State == BroadcastState.Confirmed && b.FinishedUtc == null && b.ArticleId != null)
                    .OrderByDescending(b => b.Id).FirstOrDefaultAsync(cancellationToken);
        }

        if (broadcast is null) return new BroadcastStopResult(broadcastId is null ? Outcome.NothingRunning : Outcome.NotFound, null, null, 0);
        if (broadcast.State is BroadcastState.Draft or BroadcastState.Cancelled || broadcast.ArticleId is not { } articleId)
            return new BroadcastStopResult(Outcome.NotConfirmed, broadcast, null, 0);
        if (broadcast.State == BroadcastState.Stopped)
            return new BroadcastStopResult(Outcome.AlreadyStopped, broadcast, await progress.CountAsync(articleId, cancellationToken), 0);
        if (broadcast.FinishedUtc is not null)
            return new BroadcastStopResult(Outcome.AlreadyFinished, broadcast, await progress.CountAsync(articleId, cancellationToken), 0);

        // The senders learn first, so no queued row slips out while the outbox is being updated.
        withdrawn.Add(articleId);
        var now = time.GetUtcNow().UtcDateTime;
        int rows;
        await using (var db = contexts.CreateDbContext())
        {
            var marked = await db.Broadcasts.Where(b => b.Id == broadcast.Id && b.State == BroadcastState.Confirmed)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, BroadcastState.Stopped), cancellationToken);
            if (marked == 0)
                return new BroadcastStopResult(Outcome.AlreadyStopped, broadcast, await progress.CountAsync(articleId, cancellationToken), 0);
            rows = await WithdrawAsync(db, articleId, now, cancellationToken);
        }

        return new BroadcastStopResult(Outcome.Stopped, broadcast, await progress.CountAsync(articleId, cancellationToken), rows);
    }

    /// <summary>
    /// Withdraws what is left of stopped broadcasts: rows a planning window added after the stop, or left by a process
    /// that stopped in between. Run after planning and on start; returns how many rows it withdrew.
    /// </summary>
    public async Task<int> WithdrawLeftoversAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var stopped = await db.Broadcasts.AsNoTracking()
            .Where(b => b.State == BroadcastState.Stopped && b.FinishedUtc == null && b.ArticleId != null)
            .Select(b => b.ArticleId!.Value).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var rows = 0;
        // No need to tell the senders here: the stop did in this process, and after a restart the claimer reads the
        // broadcast's state with its text.
        foreach (var articleId in stopped) rows += await WithdrawAsync(db, articleId, now, cancellationToken);

        // One whose planning never finished will not be planned again; marking it planned lets the final report go out.
        await db.Broadcasts.Where(b => b.State == BroadcastState.Stopped && b.PlannedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.PlannedUtc, now), cancellationToken);
        return rows;
    }

    /// <summary>
    /// Withdraws the rows nobody has claimed. Claimed ones stay with the dispatcher, which skips them (or, for a request
    /// already on its way, records it sent), so the final report waits for them and counts them right.
    /// </summary>
    private static Task<int> WithdrawAsync(NewsBotDbContext db, long articleId, DateTime now, CancellationToken cancellationToken) =>
        db.Deliveries
            .Where(d => d.ArticleId == articleId && (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Held))
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeliveryStatus.Withdrawn).SetProperty(d => d.FinishedUtc, now)
                .SetProperty(d => d.LeaseUntilUtc, (DateTime?)null).SetProperty(d => d.LastError, DeliveryOutcomeRecorder.WithdrawnReason),
                cancellationToken);
}

/// <summary>What /hentikansiaran did: <see cref="Withdrawn"/> rows will never be sent; the counts are after the stop.</summary>
public sealed record BroadcastStopResult(BroadcastStop.Outcome Result, Broadcast? Broadcast, BroadcastCounts? Counts, int Withdrawn);
