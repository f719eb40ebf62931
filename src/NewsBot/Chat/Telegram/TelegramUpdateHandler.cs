using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;
using Telegram.Bot;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Chat.Telegram;

/// <summary>Turns Telegram updates into <see cref="ChatCommand"/>s and sends the handler's answer back to the chat.</summary>
public sealed partial class TelegramUpdateHandler(
    CommandHandler commands,
    SubscriberDirectory directory,
    IDbContextFactory<NewsBotDbContext> contexts,
    TimeProvider time,
    ILogger<TelegramUpdateHandler> logger) : IUpdateHandler
{
    public async Task HandleUpdateAsync(ITelegramBotClient botClient, Update update, CancellationToken cancellationToken)
    {
        if (update.Message is { MigrateToChatId: { } newChatId } migration)
        {
            await using var db = contexts.CreateDbContext();
            await directory.MoveChatAsync(db, ChannelKind.Telegram, Id(migration.Chat.Id), Id(newChatId), cancellationToken);
            return;
        }

        if (update.Message is not { Text: { } text } message) return;

        var isGroup = message.Chat.Type is ChatType.Group or ChatType.Supergroup or ChatType.Channel;
        // In a group only slash commands are for us; ordinary conversation must not get "unknown command" answers.
        if (isGroup && !text.StartsWith('/')) return;
        if (CommandParser.Parse(text) is not { } parsed) return;

        var command = new ChatCommand(
            ChannelKind.Telegram,
            Id(message.Chat.Id),
            parsed.Name,
            parsed.Typed,
            parsed.Arguments,
            message.From?.LanguageCode);
        var reply = await commands.HandleAsync(command, cancellationToken);
        try
        {
            await botClient.SendMessage(message.Chat.Id, reply.Text, linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogReplyFailed(logger, ex, message.Chat.Id);
        }
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

    private static string Id(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer Telegram chat {ChatId}")]
    private static partial void LogReplyFailed(ILogger logger, Exception exception, long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram receive error ({Source})")]
    private static partial void LogReceiveError(ILogger logger, Exception exception, HandleErrorSource source);
}
