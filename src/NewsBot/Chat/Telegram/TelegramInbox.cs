using Microsoft.EntityFrameworkCore;
using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// The durable queue between the Telegram webhook (which answers once the update is stored) and the worker that
/// carries it out: storing, claiming, and recording how each attempt ended.
/// </summary>
public sealed class TelegramInbox(IDbContextFactory<NewsBotDbContext> contexts, TimeProvider time)
{
    private readonly WakeSignal arrived = new();

    /// <summary>Stores the update unless a copy of it was stored before; true when it is new.</summary>
    /// <remarks>
    /// Telegram posts an update again when it did not get our answer, and may post copies in parallel. The insert is one
    /// statement that the unique index on UpdateId turns into nothing when any copy stored it first, so every copy is
    /// answered 200 and the update is carried out once; a read-then-insert would let two copies both see it missing.
    /// </remarks>
    public async Task<bool> AddAsync(long updateId, string payload, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var added = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "TelegramInbound" ("UpdateId", "Payload", "ReceivedUtc", "DueUtc", "Attempts")
            VALUES ({updateId}, {payload}, {now}, {now}, 0)
            ON CONFLICT ("UpdateId") DO NOTHING
            """, cancellationToken);
        if (added > 0) arrived.Raise();
        return added > 0;
    }

    /// <summary>Claims up to <paramref name="limit"/> due updates for <paramref name="lease"/>, oldest first.</summary>
    public async Task<IReadOnlyList<TelegramInboundUpdate>> ClaimAsync(int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var ids = await TelegramInboxClaims.ClaimAsync(db, now, now + lease, limit, cancellationToken);
        if (ids.Count == 0) return [];
        return await db.TelegramInbound.AsNoTracking().Where(i => ids.Contains(i.Id)).OrderBy(i => i.Id)
            .Select(i => new TelegramInboundUpdate(i.Id, i.UpdateId, i.Payload, i.Attempts))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Marks the update carried out (or, with <paramref name="error"/>, given up) and lets go of its claim.</summary>
    public async Task CompleteAsync(long id, int attempts, string? error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        await db.TelegramInbound.Where(i => i.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.ProcessedUtc, now)
            .SetProperty(i => i.Attempts, attempts)
            .SetProperty(i => i.LastError, Cut(error))
            .SetProperty(i => i.ClaimedUntilUtc, (DateTime?)null), cancellationToken);
    }

    /// <summary>Gives the update back to be tried again, by any instance, from <paramref name="dueUtc"/>.</summary>
    public async Task RetryLaterAsync(long id, int attempts, string error, DateTime dueUtc, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await db.TelegramInbound.Where(i => i.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Attempts, attempts)
            .SetProperty(i => i.DueUtc, dueUtc)
            .SetProperty(i => i.LastError, Cut(error))
            .SetProperty(i => i.ClaimedUntilUtc, (DateTime?)null), cancellationToken);
    }

    /// <summary>Gives an update back untried (the app is stopping), so it need not wait for its lease to run out.</summary>
    public async Task ReleaseAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await db.TelegramInbound.Where(i => i.Id == id && i.ProcessedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ClaimedUntilUtc, (DateTime?)null), cancellationToken);
    }

    /// <summary>Waits until an update is stored by this instance, or until <paramref name="timeout"/>.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => arrived.WaitAsync(timeout, cancellationToken);

    private static string? Cut(string? error) => error is { Length: > 1000 } ? error[..1000] : error;
}
