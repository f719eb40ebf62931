using NewsBot.Delivery;
using Telegram.Bot;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Carries out the updates the webhook stored, oldest first, through the same <see cref="TelegramUpdateHandler"/> long
/// polling uses, so commands, buttons and replies behave alike in both modes. Each update is claimed before it is
/// carried out, so with several instances only one takes it; it is marked processed only after its work is done, so a
/// crash repeats at most the updates in hand (their claim runs out and another instance takes them). A failing update
/// is retried a few times with a growing delay, then given up and logged.
/// </summary>
public sealed partial class TelegramInboxWorker(
    TelegramInbox inbox,
    TelegramUpdateHandler handler,
    ITelegramBotClient bot,
    TimeProvider time,
    SenderRole role,
    ILogger<TelegramInboxWorker> logger) : InboxWorker(role)
{
    private const int MaxAttempts = 5;

    /// <summary>Far longer than a batch of commands takes, so a claim never runs out while its instance still works.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    // Small batches: an update claimed sits out its lease if this instance dies, so few are held at a time.
    protected override int BatchSize => 10;

    protected override Task WaitForArrivalAsync(TimeSpan timeout, CancellationToken cancellationToken) => inbox.WaitAsync(timeout, cancellationToken);

    protected override void LogRoundFailed(Exception exception) => LogDrainFailed(logger, exception);

    /// <summary>Claims one batch and carries it out; returns how many updates it claimed.</summary>
    public override async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var claimed = await inbox.ClaimAsync(BatchSize, Lease, cancellationToken);
        for (var i = 0; i < claimed.Count; i++)
        {
            try
            {
                await CarryOutAsync(claimed[i], cancellationToken);
            }
            catch (Exception ex)
            {
                // The updates not begun go back at once rather than after the lease, for another instance or the next
                // start; when stopping, the one in hand too (its handling was cut short). Otherwise the one in hand may
                // have taken effect without being recorded, and is left to its lease.
                var stopping = ex is OperationCanceledException && cancellationToken.IsCancellationRequested;
                await ReleaseAsync(claimed.Skip(stopping ? i : i + 1));
                throw;
            }
        }

        return claimed.Count;
    }

    private async Task ReleaseAsync(IEnumerable<TelegramInboundUpdate> updates)
    {
        try
        {
            foreach (var update in updates) await inbox.ReleaseAsync(update.Id, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The database is what failed; the claims run out by themselves.
            LogReleaseFailed(logger, ex);
        }
    }

    private async Task CarryOutAsync(TelegramInboundUpdate item, CancellationToken cancellationToken)
    {
        var attempt = item.Attempts + 1;
        if (TelegramUpdateJson.Read(item.Payload) is not { } update)
        {
            // The webhook stores only what reads as an update; this can only be a row written by other means.
            LogUnreadable(logger, item.UpdateId);
            await inbox.CompleteAsync(item.Id, attempt, "not a Telegram update", CancellationToken.None);
            return;
        }

        try
        {
            await handler.HandleUpdateAsync(bot, update, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (attempt >= MaxAttempts)
            {
                LogGivenUp(logger, ex, item.UpdateId, attempt);
                await inbox.CompleteAsync(item.Id, attempt, ex.Message, CancellationToken.None);
                return;
            }

            var retryAfter = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, attempt)));
            LogRetrying(logger, ex, item.UpdateId, attempt, retryAfter);
            await inbox.RetryLaterAsync(item.Id, attempt, ex.Message, time.GetUtcNow().UtcDateTime + retryAfter, CancellationToken.None);
            return;
        }

        // Recorded even when stopping: the update has taken effect and must not be carried out again.
        await inbox.CompleteAsync(item.Id, attempt, error: null, CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram update {UpdateId} failed (attempt {Attempt}); retrying in {RetryAfter}")]
    private static partial void LogRetrying(ILogger logger, Exception exception, long updateId, int attempt, TimeSpan retryAfter);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram update {UpdateId} failed {Attempt} times; given up")]
    private static partial void LogGivenUp(ILogger logger, Exception exception, long updateId, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stored Telegram update {UpdateId} cannot be read as an update; skipped")]
    private static partial void LogUnreadable(ILogger logger, long updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not give back claimed Telegram updates; they are free again when their claim runs out")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the Telegram webhook inbox failed")]
    private static partial void LogDrainFailed(ILogger logger, Exception exception);
}
