using Microsoft.EntityFrameworkCore;
using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Chat.Admin;

/// <summary>
/// Delivers <see cref="AdminAlerts"/> to every owner and admin (configured or appointed in chat) on every channel, in both languages. The same
/// alert (by key) goes out at most once per <see cref="RepeatAfter"/>: an error met by each of thousands of sends is
/// one message to the admins, not thousands. Every alert is also logged, so it is seen even with no admin configured.
/// </summary>
public sealed partial class AdminAlertSender(
    AdminAlerts alerts,
    ChatMessenger messenger,
    AdminDirectory admins,
    IDbContextFactory<NewsBotDbContext> contexts,
    TimeProvider time,
    ILogger<AdminAlertSender> logger) : BackgroundService
{
    public static readonly TimeSpan RepeatAfter = TimeSpan.FromMinutes(15);

    private readonly Dictionary<string, DateTimeOffset> lastSent = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var alert in alerts.Pending.ReadAllAsync(stoppingToken))
            {
                var now = time.GetUtcNow();
                if (lastSent.TryGetValue(alert.Key, out var sent) && now - sent < RepeatAfter) continue;
                lastSent[alert.Key] = now;
                LogAlert(logger, alert.English);
                try
                {
                    await SendToAdminsAsync(alert, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The alert is in the log; a failing database must not stop the app as well.
                    LogStaffUnknown(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SendToAdminsAsync(AdminAlert alert, CancellationToken cancellationToken)
    {
        var reply = new ChatReply($"⚠️ {alert.Indonesian}\n\n{alert.English}");
        foreach (var channel in new[] { ChannelKind.Telegram, ChannelKind.WhatsApp })
        {
            IReadOnlyList<StaffMember> staff;
            await using (var db = contexts.CreateDbContext())
            {
                staff = await admins.StaffAsync(db, channel, cancellationToken);
            }

            foreach (var member in staff)
            {
                try
                {
                    await messenger.SendAsync(channel, member.UserId, reply, "id", cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogSendFailed(logger, ex, channel, member.UserId);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "ADMIN ALERT: {Text}")]
    private static partial void LogAlert(ILogger logger, string text);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not look up the admins to alert")]
    private static partial void LogStaffUnknown(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send an admin alert to {Channel} chat {ChatId}")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, ChannelKind channel, string chatId);
}
