using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Chat.WhatsApp;

/// <summary>The durable queue between the webhook (which must answer Meta quickly) and the worker that acts on it.</summary>
public sealed class WhatsAppInbox(IDbContextFactory<NewsBotDbContext> contexts, TimeProvider time)
{
    private readonly SemaphoreSlim arrived = new(0, 1);

    /// <summary>Stores the items not stored before; returns how many were new.</summary>
    public async Task<int> AddAsync(
        IReadOnlyList<(WhatsAppInboundKind Kind, string ExternalId, string Payload)> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var ids = items.Select(i => i.ExternalId).ToList();
        var known = await db.WhatsAppInbound.Where(i => ids.Contains(i.ExternalId))
            .Select(i => new { i.Kind, i.ExternalId }).ToListAsync(cancellationToken);
        var fresh = items.DistinctBy(i => (i.Kind, i.ExternalId))
            .Where(i => !known.Any(k => k.Kind == i.Kind && k.ExternalId == i.ExternalId))
            .Select(i => new WhatsAppInbound
            {
                Kind = i.Kind, ExternalId = i.ExternalId, Payload = i.Payload, ReceivedUtc = now, DueUtc = now,
            })
            .ToList();
        if (fresh.Count == 0) return 0;

        db.WhatsAppInbound.AddRange(fresh);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (fresh.Count == 1)
        {
            // The same webhook, delivered twice at once, was stored by the other request.
            return 0;
        }

        Signal();
        return fresh.Count;
    }

    public void Signal()
    {
        if (arrived.CurrentCount > 0) return;
        try
        {
            arrived.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another request signalled first; one wake-up is enough.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => arrived.WaitAsync(timeout, cancellationToken);
}
