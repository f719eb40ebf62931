using Microsoft.EntityFrameworkCore;
using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin;

/// <summary>
/// Sends the stored <see cref="AdminNotice"/> rows: what waits for one admin goes folded into as few messages as hold
/// it (see <see cref="AdminNoticeText"/>), in the alert lane of the platform's pacer, and is marked sent only when the platform
/// took it. A failure keeps the rows for a later try (backing off up to half an hour); after <see cref="MaxAttempts"/>
/// they are given up with a log line. Rows left by a previous process are sent on start.
/// </summary>
public sealed partial class AdminNoticeSender(
    ChatMessenger messenger,
    IDbContextFactory<NewsBotDbContext> contexts,
    TimeProvider time,
    ILogger<AdminNoticeSender> logger) : BackgroundService
{
    public const int MaxAttempts = 12;

    /// <summary>Alerts raised together (a poll round in which many sources fail) wait this long to travel together.</summary>
    public static readonly TimeSpan GatherDelay = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(30);
    private readonly SemaphoreSlim wake = new(0, 1);

    /// <summary>New rows were stored: send them after the gathering delay instead of at the next idle check.</summary>
    public void Wake()
    {
        if (wake.CurrentCount > 0) return;
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Raced with another wake: already awake.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await wake.WaitAsync(IdleCheck, stoppingToken)) await Task.Delay(GatherDelay, time, stoppingToken);
                await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogSendingFailed(logger, ex);
            }
        }
    }

    /// <summary>Sends every due notice, folded per admin chat; returns how many messages went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var due = await db.AdminNotices
            .Where(n => n.SentUtc == null && n.FailedUtc == null && n.DueUtc <= now)
            .OrderBy(n => n.Id).Take(1_000).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var chat in due.GroupBy(n => (n.Channel, n.ChatId)))
        {
            foreach (var (notices, text) in AdminNoticeText.Messages([.. chat]))
            {
                var delivered = await messenger.SendAsync(chat.Key.Channel, chat.Key.ChatId, new ChatReply(text), "id", cancellationToken, SendLane.Alert);
                Record(notices, delivered, time.GetUtcNow().UtcDateTime);
                // Written per message: an admin who got it must not get it again after a crash a moment later.
                await db.SaveChangesAsync(CancellationToken.None);
                if (delivered) sent++;
            }
        }

        return sent;
    }

    private void Record(IReadOnlyList<AdminNotice> notices, bool delivered, DateTime now)
    {
        foreach (var notice in notices)
        {
            notice.Attempts++;
            if (delivered)
            {
                notice.SentUtc = now;
                continue;
            }

            notice.LastError = "The platform did not take the message; see the log.";
            if (notice.Attempts >= MaxAttempts)
            {
                notice.FailedUtc = now;
                LogGaveUp(logger, notice.Channel, notice.ChatId, notice.Attempts, notice.English);
                continue;
            }

            var backoff = TimeSpan.FromSeconds(15 * Math.Pow(2, notice.Attempts - 1));
            notice.DueUtc = now + (backoff < MaxBackoff ? backoff : MaxBackoff);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending admin alerts failed; trying again shortly")]
    private static partial void LogSendingFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up an admin alert to {Channel} chat {ChatId} after {Attempt} tries: {Text}")]
    private static partial void LogGaveUp(ILogger logger, ChannelKind channel, string chatId, int attempt, string text);
}
