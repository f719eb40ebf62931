using System.Globalization;
using NewsBot.Chat.Telegram;
using NewsBot.Chat.WhatsApp;
using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Chat;

/// <summary>
/// Sends a <see cref="ChatReply"/> to any chat outside of answering a command: an admin's broadcast progress, an alert.
/// Each channel's reply sender is optional (it exists only when the channel is configured), so they are taken as
/// optional dependencies; a channel that is not configured is logged and skipped. Messages to a chat keep their order
/// with the answers to it (see <see cref="ReplyQueue"/>).
/// </summary>
public sealed partial class ChatMessenger(
    ReplyQueue order, ILogger<ChatMessenger> logger, TelegramReplySender? telegram = null, WhatsAppReplySender? whatsApp = null)
{
    /// <summary>Whether a message to this channel can go anywhere at all.</summary>
    public bool CanReach(ChannelKind channel) => channel switch
    {
        ChannelKind.Telegram => telegram is not null,
        ChannelKind.WhatsApp => whatsApp is not null,
        _ => false,
    };

    /// <summary>Sends in the platform's pacer; true when the platform took it, or when there is nowhere to send it.</summary>
    public async Task<bool> SendAsync(
        ChannelKind channel, string chatId, ChatReply reply, string language, CancellationToken cancellationToken, SendLane lane = SendLane.Reply)
    {
        switch (channel)
        {
            case ChannelKind.Telegram when telegram is not null
                                           && long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id):
                return await order.SendInOrderAsync(ReplyQueue.ChatKey(channel, chatId),
                    ct => telegram.SendAsync(id, reply, pressedMessageId: null, ct, lane), cancellationToken);
            case ChannelKind.WhatsApp when whatsApp is not null:
                return await order.SendInOrderAsync(ReplyQueue.ChatKey(channel, chatId),
                    ct => whatsApp.SendAsync(chatId, reply, language, ct, lane), cancellationToken);
            default:
                LogNoChannel(logger, channel, chatId, reply.Text);
                return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No {Channel} connection for chat {ChatId}; message not sent: {Text}")]
    private static partial void LogNoChannel(ILogger logger, ChannelKind channel, string chatId, string text);
}
