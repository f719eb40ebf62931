using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsBot.Delivery;
using NewsBot.Delivery.Telegram;
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
    ReplyQueue replyQueue,
    PacedRequests paced,
    SubscriberDirectory directory,
    IDbContextFactory<NewsBotDbContext> contexts,
    TimeProvider time,
    ILogger<TelegramUpdateHandler> logger) : IUpdateHandler
{
    /// <summary>The kinds of update acted on, asked for from getUpdates and setWebhook alike.</summary>
    public static readonly UpdateType[] HandledTypes = [UpdateType.Message, UpdateType.CallbackQuery];

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
        var chatId = message.Chat.Id;
        // The answer's place is held before the command runs: what the command sets off (a broadcast's report) comes after it.
        var place = replyQueue.HoldPlace(ChatKey(chatId));
        var reply = await RunHoldingAsync(place, command, cancellationToken);
        // The command has taken effect; its answer waits for its turn without holding up the next update.
        await replyQueue.EnqueueAsync(place, ct => replies.SendAsync(chatId, reply, pressedMessageId: null, ct), cancellationToken);
    }

    /// <summary>
    /// A pressed inline button: its callback data is the command to run, on behalf of whoever pressed it. The button's
    /// answer (which stops its loading spinner) and the command's reply go out together, in their turn.
    /// </summary>
    private async Task HandleButtonAsync(ITelegramBotClient botClient, CallbackQuery query, CancellationToken cancellationToken)
    {
        // A button without its message (too old) has no chat: its answer still goes, queued on its own.
        var place = replyQueue.HoldPlace(query.Message is { } message ? ChatKey(message.Chat.Id) : "callback:" + query.Id);
        ChatReply? reply = null;
        if (query.Message is { } pressed
            && ChatCommand.FromText(ChannelKind.Telegram, Id(pressed.Chat.Id), query.Data, query.From.LanguageCode) is { } command)
        {
            command = command with { SenderId = Id(query.From.Id), ChatKind = KindOf(pressed.Chat), FromButton = true };
            reply = await RunHoldingAsync(place, command, cancellationToken);
        }

        await replyQueue.EnqueueAsync(place, async ct =>
        {
            await AnswerButtonAsync(botClient, query.Id, ct);
            if (reply is not null) await replies.SendAsync(query.Message!.Chat.Id, reply, query.Message.MessageId, ct);
        }, cancellationToken);
    }

    /// <summary>Runs the command; if it never returns an answer (the app is stopping), the held place is let go.</summary>
    private async Task<ChatReply> RunHoldingAsync(ReplyPlace place, ChatCommand command, CancellationToken cancellationToken)
    {
        try
        {
            return await commands.HandleAsync(command, cancellationToken);
        }
        catch
        {
            replyQueue.Release(place);
            throw;
        }
    }

    /// <summary>Stops the button's loading spinner; not to a chat, so only the bot-wide pace applies.</summary>
    private async Task AnswerButtonAsync(ITelegramBotClient botClient, string queryId, CancellationToken cancellationToken)
    {
        var outcome = await paced.SendAsync(ChannelKind.Telegram, chatId: null, SendLane.Reply, async ct =>
        {
            try
            {
                await botClient.AnswerCallbackQuery(queryId, cancellationToken: ct);
                return new SendOutcome.Sent();
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                return TelegramChannel.Translate(ex);
            }
        }, cancellationToken);
        if (outcome is not SendOutcome.Sent) LogAnswerFailed(logger, queryId, outcome.ToString());
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

    private static string ChatKey(long chatId) => ReplyQueue.ChatKey(ChannelKind.Telegram, Id(chatId));

    private static string Id(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not answer callback query {QueryId}: {Reason}")]
    private static partial void LogAnswerFailed(ILogger logger, string queryId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram receive error ({Source})")]
    private static partial void LogReceiveError(ILogger logger, Exception exception, HandleErrorSource source);
}
