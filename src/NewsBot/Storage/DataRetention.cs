using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace NewsBot.Storage;

/// <summary>
/// Deletes finished records older than <see cref="RetentionOptions"/> allows: outbox rows that were sent, failed or
/// cancelled, old audit entries and processed WhatsApp and Telegram webhook items. Rows still to be sent (pending,
/// sending, held for a digest) are never touched, whatever their age.
/// </summary>
public sealed partial class DataRetention(
    IDbContextFactory<NewsBotDbContext> contexts,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<DataRetention> logger)
{
    private static readonly DeliveryStatus[] Finished =
        [DeliveryStatus.Sent, DeliveryStatus.Failed, DeliveryStatus.Cancelled, DeliveryStatus.Withdrawn];

    public async Task<RetentionCounts> PruneAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;

        var deliveries = 0;
        if (settings.DeliveryDays > 0)
        {
            var cutoff = now.AddDays(-settings.DeliveryDays);
            // A row is due before it finishes, so the DueUtc bound lets the (Status, DueUtc) index find old rows without
            // reading every finished row; FinishedUtc is the rule itself. Each batch is ordered as its index is, so SQLite
            // walks the index and stops after the batch instead of sorting the whole backlog (likewise below).
            deliveries = await DeleteInBatchesAsync(
                db => db.Deliveries.Where(d => Finished.Contains(d.Status) && d.DueUtc < cutoff && d.FinishedUtc < cutoff)
                    .OrderBy(d => d.Status).ThenBy(d => d.DueUtc).Take(settings.BatchSize).ExecuteDeleteAsync(cancellationToken),
                cancellationToken);
        }

        var audit = 0;
        if (settings.AuditDays > 0)
        {
            var cutoff = now.AddDays(-settings.AuditDays);
            audit = await DeleteInBatchesAsync(
                db => db.AuditEntries.Where(e => e.AtUtc < cutoff)
                    .OrderBy(e => e.AtUtc).Take(settings.BatchSize).ExecuteDeleteAsync(cancellationToken),
                cancellationToken);
        }

        var inbound = 0;
        if (settings.WhatsAppInboundDays > 0)
        {
            var cutoff = now.AddDays(-settings.WhatsAppInboundDays);
            inbound = await DeleteInBatchesAsync(
                db => db.WhatsAppInbound.Where(i => i.ProcessedUtc != null && i.ProcessedUtc < cutoff)
                    .OrderBy(i => i.ProcessedUtc).Take(settings.BatchSize).ExecuteDeleteAsync(cancellationToken),
                cancellationToken);
        }

        var telegramInbound = 0;
        if (settings.TelegramInboundDays > 0)
        {
            var cutoff = now.AddDays(-settings.TelegramInboundDays);
            telegramInbound = await DeleteInBatchesAsync(
                db => db.TelegramInbound.Where(i => i.ProcessedUtc != null && i.ProcessedUtc < cutoff)
                    .OrderBy(i => i.ProcessedUtc).Take(settings.BatchSize).ExecuteDeleteAsync(cancellationToken),
                cancellationToken);
        }

        var alerts = 0;
        if (settings.AuditDays > 0)
        {
            // Admin alerts already sent or given up are kept as long as the audit log; one still owed is never deleted.
            var cutoff = now.AddDays(-settings.AuditDays);
            alerts = await DeleteInBatchesAsync(
                db => db.AdminNotices.Where(n => (n.SentUtc != null || n.FailedUtc != null) && n.CreatedUtc < cutoff)
                    .OrderBy(n => n.Id).Take(settings.BatchSize).ExecuteDeleteAsync(cancellationToken),
                cancellationToken);
        }

        var counts = new RetentionCounts(deliveries, audit, inbound, alerts, telegramInbound);
        if (counts.Total > 0) LogPruned(logger, deliveries, audit, inbound, telegramInbound, alerts);
        return counts;
    }

    private async Task<int> DeleteInBatchesAsync(Func<NewsBotDbContext, Task<int>> deleteBatch, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // One short transaction per batch: the dispatcher's writes slip in between, so a large clean-up never
            // holds delivery up for more than one batch.
            await using var db = contexts.CreateDbContext();
            var deleted = await deleteBatch(db);
            total += deleted;
            if (deleted < options.Value.BatchSize) return total;
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retention: deleted {Deliveries} finished deliveries, {Audit} audit entries, {Inbound} processed WhatsApp webhook items, {TelegramInbound} processed Telegram webhook updates and {Alerts} sent admin alerts")]
    private static partial void LogPruned(ILogger logger, int deliveries, int audit, int inbound, int telegramInbound, int alerts);
}

/// <summary>What one retention run deleted.</summary>
public sealed record RetentionCounts(int Deliveries, int AuditEntries, int WhatsAppInbound, int AdminAlerts = 0, int TelegramInbound = 0)
{
    public int Total => Deliveries + AuditEntries + WhatsAppInbound + AdminAlerts + TelegramInbound;
}
