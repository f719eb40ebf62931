using Microsoft.EntityFrameworkCore;
using NewsBot.Chat.Admin.Staff;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Text;

namespace NewsBot.Chat.Admin;

/// <summary>
/// Turns each raised <see cref="AdminAlert"/> into stored <see cref="AdminNotice"/> rows, one per owner and admin
/// (configured or appointed in chat) on every channel the bot can write to, and wakes the <see cref="AdminNoticeSender"/>.
/// The same alert (by key) is stored at most once per <see cref="RepeatAfter"/>, also across a restart: an error met by
/// each of thousands of sends is one message to the admins, not thousands. Every alert is also logged, so it is seen
/// even with no admin configured.
/// </summary>
public sealed partial class AdminAlertSender(
    AdminAlerts alerts,
    AdminNoticeSender notices,
    ChatMessenger messenger,
    AdminDirectory admins,
    IDbContextFactory<NewsBotDbContext> contexts,
    TimeProvider time,
    ILogger<AdminAlertSender> logger) : BackgroundService
{
    public static readonly TimeSpan RepeatAfter = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var alert in alerts.Pending.ReadAllAsync(stoppingToken))
            {
                try
                {
                    if (await StoreAsync(alert, stoppingToken)) notices.Wake();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The alert is in the log; a failing database must not stop the app as well.
                    LogAlert(logger, alert.English);
                    LogNotStored(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Stores the alert for every admin; false when the same alert went out a moment ago.</summary>
    public async Task<bool> StoreAsync(AdminAlert alert, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var since = now - RepeatAfter;
        if (await db.AdminNotices.AnyAsync(n => n.Key == alert.Key && n.CreatedUtc > since, cancellationToken)) return false;

        LogAlert(logger, alert.English);
        foreach (var channel in new[] { ChannelKind.Telegram, ChannelKind.WhatsApp }.Where(messenger.CanReach))
        {
            foreach (var member in await admins.StaffAsync(db, channel, cancellationToken))
            {
                db.AdminNotices.Add(new AdminNotice
                {
                    Channel = channel,
                    ChatId = member.UserId,
                    Key = Cut(alert.Key, 200),
                    Indonesian = Cut(alert.Indonesian, AdminNotice.MaxTextLength),
                    English = Cut(alert.English, AdminNotice.MaxTextLength),
                    CreatedUtc = now,
                    DueUtc = now,
                });
            }
        }

        // Even with no admin to tell, the row remembers that the alert was raised, so it is not logged again at once.
        if (db.ChangeTracker.Entries<AdminNotice>().Any()) await db.SaveChangesAsync(cancellationToken);
        else await RememberAsync(db, alert, now, cancellationToken);
        return true;
    }

    private static async Task RememberAsync(NewsBotDbContext db, AdminAlert alert, DateTime now, CancellationToken cancellationToken)
    {
        db.AdminNotices.Add(new AdminNotice
        {
            Channel = ChannelKind.Console,
            ChatId = "log",
            Key = Cut(alert.Key, 200),
            Indonesian = Cut(alert.Indonesian, AdminNotice.MaxTextLength),
            English = Cut(alert.English, AdminNotice.MaxTextLength),
            CreatedUtc = now,
            DueUtc = now,
            SentUtc = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Cut(string text, int max) => TextCut.WithEllipsis(text, max);

    [LoggerMessage(Level = LogLevel.Critical, Message = "ADMIN ALERT: {Text}")]
    private static partial void LogAlert(ILogger logger, string text);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store an admin alert for sending")]
    private static partial void LogNotStored(ILogger logger, Exception exception);
}
