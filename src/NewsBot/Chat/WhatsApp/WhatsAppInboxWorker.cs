using Microsoft.EntityFrameworkCore;
using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Chat.WhatsApp;

/// <summary>
/// Works through the stored webhook items in arrival order: commands are answered, statuses applied. An item is marked
/// processed only after its work is done, so a crash repeats at most the item in hand (a command's answer may then come
/// twice; subscribing twice changes nothing).
/// </summary>
public sealed partial class WhatsAppInboxWorker(
    WhatsAppInbox inbox,
    WhatsAppMessageHandler messages,
    WhatsAppStatusRecorder statuses,
    IDbContextFactory<NewsBotDbContext> contexts,
    TimeProvider time,
    SenderRole role,
    ILogger<WhatsAppInboxWorker> logger) : InboxWorker(role)
{
    private const int MaxAttempts = 10;
    private static readonly TimeSpan KeepProcessed = TimeSpan.FromDays(2);

    protected override int BatchSize => 50;

    protected override Task WaitForArrivalAsync(TimeSpan timeout, CancellationToken cancellationToken) => inbox.WaitAsync(timeout, cancellationToken);

    protected override void LogRoundFailed(Exception exception) => LogDrainFailed(logger, exception);

    public override async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var due = await db.WhatsAppInbound.Where(i => i.ProcessedUtc == null && i.DueUtc <= now)
            .OrderBy(i => i.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var item in due)
        {
            var done = true;
            try
            {
                switch (item.Kind)
                {
                    case WhatsAppInboundKind.Message:
                        await messages.HandleAsync(item.Payload, cancellationToken);
                        break;
                    case WhatsAppInboundKind.Preference:
                        await messages.HandlePreferenceAsync(item.Payload, cancellationToken);
                        break;
                    default:
                        done = await statuses.ApplyAsync(item.Payload, cancellationToken);
                        break;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogItemFailed(logger, ex, item.Id, item.Kind);
                item.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                done = false;
            }

            item.Attempts++;
            if (done || item.Attempts >= MaxAttempts) item.ProcessedUtc = time.GetUtcNow().UtcDateTime;
            else item.DueUtc = time.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, item.Attempts)));
            await db.SaveChangesAsync(CancellationToken.None);
        }

        // Processed items are kept a while only to recognise Meta's redeliveries.
        await db.WhatsAppInbound.Where(i => i.ProcessedUtc != null && i.ProcessedUtc < now - KeepProcessed)
            .ExecuteDeleteAsync(cancellationToken);
        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing WhatsApp inbound item {ItemId} ({Kind}) failed; it will be retried")]
    private static partial void LogItemFailed(ILogger logger, Exception exception, long itemId, WhatsAppInboundKind kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the WhatsApp inbox failed")]
    private static partial void LogDrainFailed(ILogger logger, Exception exception);
}
