using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;
using Telegram.Bot;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Turns Telegram updates (typed commands and pressed inline buttons) into <see cref="ChatCommand"/>s for the
/// <see cref="CommandRouter"/>, and shows its answer in the chat.
/// </summary>
public sealed partial class TelegramUpdateHandler(
    CommandRouter commands,
    TelegramReplySender replies,
    SubscriberDirectory directory,
    IDbContextFactory<NewsBotDbContext> contexts,
    TimeProvider time,
    ILogger<TelegramUpdateHandler> logger) : IUpdateHandler
{
    public async Task HandleUpdateAsync(ITelegramBotClient botClient, Update update, CancellationToken cancellationToken)
    {
        if (update.CallbackQuery is { } query)
        {
            await HandleButtonAsync(botClient, query, cancellationToken);
            return;
        }

        if (update.Message is { MigrateToChatId: { } newChatId } migration)
        {
            await using var db = contexts.CreateDbContext();
            await directory.MoveChatAsync(db, ChannelKind.Telegram, Id(migration.Chat.Id), Id(newChatId), cancellationToken);
            return;
        }

        if (update.Message is not { Text: { } text } message) return;

        var kind = KindOf(message.Chat);
        // In a group only slash commands are for us; ordinary conversation must not get "unknown command" answers.
        if (kind != ChatKind.Private && !text.StartsWith('/')) return;
        if (ChatCommand.FromText(ChannelKind.Telegram, Id(message.Chat.Id), text, message.From?.LanguageCode) is not { } command) return;

        command = command with { SenderId = SenderOf(message), ChatKind = kind };
        var reply = await commands.HandleAsync(command, cancellationToken);
        await replies.SendAsync(message.Chat.Id, reply, pressedMessageId: null, cancellationToken);
    }

    /// <summary>A pressed inline button: its callback data is the command to run, on behalf of whoever pressed it.</summary>
    private async Task HandleButtonAsync(ITelegramBotClient botClient, CallbackQuery query, CancellationToken cancellationToken)
    {
        try
        {
            // Stops the button's loading spinner whatever happens next.
            await botClient.AnswerCallbackQuery(query.Id, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogAnswerFailed(logger, ex, query.Id);
        }

        if (query.Message is not { } pressed
            || ChatCommand.FromText(ChannelKind.Telegram, Id(pressed.Chat.Id), query.Data, query.From.LanguageCode) is not { } command)
        {
            return;
        }

        command = command with { SenderId = Id(query.From.Id), ChatKind = KindOf(pressed.Chat), FromButton = true };
        var reply = await commands.HandleAsync(command, cancellationToken);
        await replies.SendAsync(pressed.Chat.Id, reply, pressed.MessageId, cancellationToken);
    }

    public async Task HandleErrorAsync(
        ITelegramBotClient botClient, Exception exception, HandleErrorSource source, CancellationToken cancellationToken)
    {
        LogReceiveError(logger, exception, source);
        if (source == HandleErrorSource.PollingError)
        {
            // Telegram (or the network) is down: do not hammer it with getUpdates.
            await Task.Delay(TimeSpan.FromSeconds(3), time, cancellationToken);
        }
    }

    /// <summary>
    /// Who wrote: the user, or, for a group admin who posts anonymously (as the group: sender_chat is the chat itself),
    /// the group's own id, which only its administrators can write as.
    /// </summary>
    private static string? SenderOf(Message message) =>
        message.SenderChat is { } senderChat && senderChat.Id == message.Chat.Id ? Id(senderChat.Id)
        : message.From is { } from ? Id(from.Id)
        : null;

    private static ChatKind KindOf(global::Telegram.Bot.Types.Chat chat) => chat.Type switch
    {
        ChatType.Group or ChatType.Supergroup => ChatKind.Group,
        ChatType.Channel => ChatKind.Channel,
        _ => ChatKind.Private,
    };

    private static string Id(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not answer callback query {QueryId}")]
    private static partial void LogAnswerFailed(ILogger logger, Exception exception, string queryId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram receive error ({Source})")]
    private static partial void LogReceiveError(ILogger logger, Exception exception, HandleErrorSource source);
}
