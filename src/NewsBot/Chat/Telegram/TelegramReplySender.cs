using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Shows a <see cref="ChatReply"/> in a Telegram chat: plain text (never parsed as HTML, so nothing a user typed can
/// break it) unless the reply brings its own escaped HTML, buttons as an inline keyboard, an image as a photo, or an edit of the message whose button was pressed.
/// A failure is logged, never thrown: the command has already taken effect.
/// </summary>
public sealed partial class TelegramReplySender(ITelegramBotClient bot, ILogger<TelegramReplySender> logger)
{
    /// <summary>Telegram's limits in code points; UTF-16 length is never smaller, so cutting by it is safe.</summary>
    private const int MaxTextLength = 4096;
    private const int MaxCaptionLength = 1024;

    public async Task SendAsync(long chatId, ChatReply reply, int? pressedMessageId, CancellationToken cancellationToken)
    {
        if (reply.IsNone) return;
        var keyboard = Keyboard(reply);
        try
        {
            if (reply.Image is { } image)
            {
                await using var png = new MemoryStream(image.Png, writable: false);
                await bot.SendPhoto(chatId, InputFile.FromStream(png, image.FileName), caption: Cut(reply.Text, MaxCaptionLength),
                    replyMarkup: keyboard, cancellationToken: cancellationToken);
                return;
            }

            // HTML cut short could leave a tag open: an over-long HTML answer goes as its plain text instead.
            if (reply.TelegramHtml is { Length: <= MaxTextLength } html)
            {
                try
                {
                    await SendTextAsync(chatId, html, ParseMode.Html, reply, keyboard, pressedMessageId, cancellationToken);
                    return;
                }
                catch (ApiRequestException ex) when (ex.Message.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase))
                {
                    // Never lose an answer over markup: the plain twin always parses.
                    LogHtmlRefused(logger, chatId, ex.Message);
                }
            }

            await SendTextAsync(chatId, Cut(reply.Text, MaxTextLength), ParseMode.None, reply, keyboard, pressedMessageId, cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase))
        {
            // The same button pressed twice: the message already shows what it should.
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogReplyFailed(logger, ex, chatId);
        }
    }

    private async Task SendTextAsync(
        long chatId, string text, ParseMode parseMode, ChatReply reply, InlineKeyboardMarkup? keyboard, int? pressedMessageId,
        CancellationToken cancellationToken)
    {
        var noPreview = new LinkPreviewOptions { IsDisabled = true };
        if (reply.ReplacesPressedMessage && pressedMessageId is { } messageId)
        {
            await bot.EditMessageText(chatId, messageId, text, parseMode: parseMode, linkPreviewOptions: noPreview, replyMarkup: keyboard,
                cancellationToken: cancellationToken);
            return;
        }

        await bot.SendMessage(chatId, text, parseMode, linkPreviewOptions: noPreview, replyMarkup: keyboard, cancellationToken: cancellationToken);
    }

    private static InlineKeyboardMarkup? Keyboard(ChatReply reply) => reply.Buttons.Count == 0
        ? null
        : new InlineKeyboardMarkup(reply.Buttons.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Command))));

    private static string Cut(string text, int max) => Delivery.TextCut.WithEllipsis(text, max);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram could not parse the HTML answer for chat {ChatId} ({Reason}); sending plain text")]
    private static partial void LogHtmlRefused(ILogger logger, long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer Telegram chat {ChatId}")]
    private static partial void LogReplyFailed(ILogger logger, Exception exception, long chatId);
}
