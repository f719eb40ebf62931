using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Takes due webhook updates under a lease so that, with several instances on one database, each update is carried
/// out by one of them. On PostgreSQL the candidates are locked as they are read (FOR UPDATE SKIP LOCKED) inside the
/// claim's transaction, so a row one instance is taking is invisible to the others, as outbox claims do. On SQLite
/// each row is taken by an UPDATE whose WHERE repeats the claim's condition: SQLite runs one writer at a time, so of two
/// instances sharing the file only the first changes the row, and the other sees no row changed.
/// </summary>
public static class TelegramInboxClaims
{
    public static async Task<List<long>> ClaimAsync(
        NewsBotDbContext db, DateTime now, DateTime leaseUntil, int limit, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql()) return await ClaimLockedAsync(db, now, leaseUntil, limit, cancellationToken);

        var candidates = await db.TelegramInbound
            .Where(i => i.ProcessedUtc == null && i.DueUtc <= now && (i.ClaimedUntilUtc == null || i.ClaimedUntilUtc < now))
            .OrderBy(i => i.Id).Select(i => i.Id).Take(limit)
            .ToListAsync(cancellationToken);
        var claimed = new List<long>(candidates.Count);
        foreach (var id in candidates)
        {
            var taken = await db.TelegramInbound
                .Where(i => i.Id == id && i.ProcessedUtc == null && (i.ClaimedUntilUtc == null || i.ClaimedUntilUtc < now))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ClaimedUntilUtc, leaseUntil), cancellationToken);
            if (taken == 1) claimed.Add(id);
        }

        return claimed;
    }

    private static async Task<List<long>> ClaimLockedAsync(
        NewsBotDbContext db, DateTime now, DateTime leaseUntil, int limit, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.Database.SqlQuery<long>($"""
            SELECT "Id" AS "Value" FROM "TelegramInbound"
            WHERE "ProcessedUtc" IS NULL AND "DueUtc" <= {now} AND ("ClaimedUntilUtc" IS NULL OR "ClaimedUntilUtc" < {now})
            ORDER BY "Id"
            LIMIT {limit}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        if (ids.Count > 0)
        {
            await db.TelegramInbound.Where(i => ids.Contains(i.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ClaimedUntilUtc, leaseUntil), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return ids;
    }
}
