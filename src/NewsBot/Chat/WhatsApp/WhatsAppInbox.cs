using Microsoft.EntityFrameworkCore;
using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Chat.WhatsApp;

/// <summary>The durable queue between the webhook (which must answer Meta quickly) and the worker that acts on it.</summary>
public sealed class WhatsAppInbox(IDbContextFactory<NewsBotDbContext> contexts, TimeProvider time)
{
    private readonly WakeSignal arrived = new();

    /// <summary>Stores the items not stored before; returns how many were new.</summary>
    /// <remarks>
    /// Meta redelivers a webhook it thinks we missed, sometimes several copies at once. Each item is an insert that
    /// the unique index on (Kind, ExternalId) turns into nothing when any copy stored it first, so every copy is
    /// answered 200 and each item is carried out once; a read-then-insert would let two copies both see it missing.
    /// </remarks>
    public async Task<int> AddAsync(
        IReadOnlyList<(WhatsAppInboundKind Kind, string ExternalId, string Payload)> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        // One transaction: the items of a webhook are stored together, with one commit.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = 0;
        foreach (var (kind, externalId, payload) in items)
        {
            added += await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "WhatsAppInbound" ("Kind", "ExternalId", "Payload", "ReceivedUtc", "DueUtc", "Attempts")
                VALUES ({kind.ToString()}, {externalId}, {payload}, {now}, {now}, 0)
                ON CONFLICT ("Kind", "ExternalId") DO NOTHING
                """, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (added > 0) Signal();
        return added;
    }

    public void Signal() => arrived.Raise();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => arrived.WaitAsync(timeout, cancellationToken);
}
