using System.Globalization;
using NewsBot.Chat.Telegram;
using NewsBot.Chat.WhatsApp;
using NewsBot.Storage;

namespace NewsBot.Chat;

/// <summary>
/// Sends a <see cref="ChatReply"/> to any chat outside of answering a command: an admin's broadcast progress, an alert.
/// A channel that is not configured is logged and skipped.
/// </summary>
public sealed partial class ChatMessenger(IServiceProvider services, ILogger<ChatMessenger> logger)
{
    public async Task SendAsync(ChannelKind channel, string chatId, ChatReply reply, string language, CancellationToken cancellationToken)
    {
        switch (channel)
        {
            case ChannelKind.Telegram when services.GetService<TelegramReplySender>() is { } telegram
                                           && long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id):
                await telegram.SendAsync(id, reply, pressedMessageId: null, cancellationToken);
                break;
            case ChannelKind.WhatsApp when services.GetService<WhatsAppReplySender>() is { } whatsApp:
                await whatsApp.SendAsync(chatId, reply, language, cancellationToken);
                break;
            default:
                LogNoChannel(logger, channel, chatId, reply.Text);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No {Channel} connection for chat {ChatId}; message not sent: {Text}")]
    private static partial void LogNoChannel(ILogger logger, ChannelKind channel, string chatId, string text);
}
