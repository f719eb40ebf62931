using Microsoft.Extensions.Options;
using NewsBot.Delivery.Telegram;
using Telegram.Bot;

namespace NewsBot.Chat.Admin.Announcements;

/// <summary>
/// The bot's @username for t.me links: Telegram:BotUsername when set, else asked from Telegram (getMe) the first time
/// a link is made and remembered; null when there is no Telegram bot at all.
/// </summary>
public sealed partial class LinkBotUsername(
    IOptions<TelegramOptions> options,
    IEnumerable<ITelegramBotClient> telegramClients,
    ILogger<LinkBotUsername> logger)
{
    private string? fromTelegram;

    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.BotUsername)) return options.Value.BotUsername.Trim().TrimStart('@');
        if (fromTelegram is not null) return fromTelegram;
        // The client is registered only with a token: none means no Telegram bot to ask.
        if (telegramClients.FirstOrDefault() is not { } bot) return null;

        try
        {
            var me = await bot.GetMe(cancellationToken);
            return fromTelegram = me.Username;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogGetMeFailed(logger, ex);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask Telegram for the bot's username (getMe); set Telegram:BotUsername")]
    private static partial void LogGetMeFailed(ILogger logger, Exception exception);
}
