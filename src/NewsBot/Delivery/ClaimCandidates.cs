using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Finds the outbox rows a claim may take: due pending rows, and rows whose claimer died (lease run out), each in claim
/// order. On PostgreSQL, where two dispatchers can meet (an instance taking over from one that stopped answering), the
/// rows are locked as they are read (FOR UPDATE SKIP LOCKED) inside the claim's transaction, so a row one claimer is
/// taking is invisible to the other; SQLite has one writer at a time, so plain queries are enough there.
/// </summary>
public static class ClaimCandidates
{
    public static Task<List<ClaimCandidate>> DueAsync(NewsBotDbContext db, int minimumPriority, DateTime now, int limit, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return db.Database.SqlQuery<ClaimCandidate>($"""
                SELECT "Id", "Priority", "DueUtc" FROM "Deliveries"
                WHERE "Status" = {(int)DeliveryStatus.Pending} AND "Priority" >= {minimumPriority} AND "DueUtc" <= {now}
                ORDER BY "Priority" DESC, "DueUtc", "Id"
                LIMIT {limit}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
        }

        return db.Deliveries
            .Where(d => d.Status == DeliveryStatus.Pending && d.Priority >= minimumPriority && d.DueUtc <= now)
            .OrderByDescending(d => d.Priority).ThenBy(d => d.DueUtc).ThenBy(d => d.Id)
            .Select(d => new ClaimCandidate { Id = d.Id, Priority = d.Priority, DueUtc = d.DueUtc })
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    public static Task<List<ClaimCandidate>> AbandonedAsync(NewsBotDbContext db, int minimumPriority, DateTime now, int limit, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return db.Database.SqlQuery<ClaimCandidate>($"""
                SELECT "Id", "Priority", "DueUtc" FROM "Deliveries"
                WHERE "Status" = {(int)DeliveryStatus.Sending} AND "Priority" >= {minimumPriority} AND "LeaseUntilUtc" < {now}
                ORDER BY "Priority" DESC, "DueUtc", "Id"
                LIMIT {limit}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
        }

        return db.Deliveries
            .Where(d => d.Status == DeliveryStatus.Sending && d.Priority >= minimumPriority && d.LeaseUntilUtc < now)
            .OrderByDescending(d => d.Priority).ThenBy(d => d.DueUtc).ThenBy(d => d.Id)
            .Select(d => new ClaimCandidate { Id = d.Id, Priority = d.Priority, DueUtc = d.DueUtc })
            .Take(limit)
            .ToListAsync(cancellationToken);
    }
}

/// <summary>One row a claim may take, with what orders it.</summary>
public sealed class ClaimCandidate
{
    public long Id { get; init; }
    public int Priority { get; init; }
    public DateTime DueUtc { get; init; }
}
