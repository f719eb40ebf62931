using System.Globalization;
using NewsBot.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Chat.Citizens;

/// <summary>
/// Decides who may change a chat's subscriptions, language or data. In a private chat that is the person in it; in a
/// Telegram group only the group's administrators (asked of Telegram with getChatMember) and the bot's own admins,
/// so one member cannot unsubscribe a whole group, nor fill it with topics it never wanted.
/// </summary>
public sealed class ChatSettingsGuard(IEnumerable<ITelegramBotClient> telegramClients)
{
    private static readonly Localized GroupAdminsOnly = new(
        "Maaf, hanya admin grup yang dapat mengubah langganan dan pengaturan grup ini.",
        "Sorry, only the group's admins can change this group's subscriptions and settings.");

    /// <summary>Null when the sender may change the chat's settings; otherwise the polite refusal to answer with.</summary>
    public async Task<ChatReply?> RefusalAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var command = context.Command;
        if (command.ChatKind == ChatKind.Private || context.SenderRole >= CommandAudience.Admin) return null;
        // An anonymous group admin writes as the group itself (see TelegramUpdateHandler).
        if (command.ChatKind == ChatKind.Group && command.SenderId == command.ChatId) return null;
        if (await IsGroupAdminAsync(command, cancellationToken)) return null;
        // A refusal must not replace the picker the member pressed: the group's admins still need it.
        return new ChatReply(context.Text(GroupAdminsOnly));
    }

    private async Task<bool> IsGroupAdminAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        if (command.Channel != ChannelKind.Telegram
            || telegramClients.FirstOrDefault() is not { } bot
            || !long.TryParse(command.ChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId)
            || !long.TryParse(command.SenderId, NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            // Nobody to ask (an anonymous sender, no Telegram connection): the group's settings stay as they are.
            return false;
        }

        try
        {
            var member = await bot.GetChatMember(chatId, userId, cancellationToken);
            return member.Status is ChatMemberStatus.Administrator or ChatMemberStatus.Creator;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400)
        {
            // "user not found": someone who has left the group (or never was in it) is no administrator of it.
            return false;
        }
    }
}
