using System.Globalization;
using NewsBot.Delivery;
using NewsBot.Delivery.Telegram;
using NewsBot.Storage;
using NewsBot.Text;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Shows a <see cref="ChatReply"/> in a Telegram chat: plain text (never parsed as HTML, so nothing a user typed can
/// break it) unless the reply brings its own escaped HTML, buttons as an inline keyboard, an image as a photo, or an edit
/// of the message whose button was pressed. Every request goes through <see cref="PacedRequests"/>, inside the bot's
/// limits. A failure is logged, never thrown: the command has already taken effect.
/// </summary>
public sealed partial class TelegramReplySender(ITelegramBotClient bot, PacedRequests paced, ILogger<TelegramReplySender> logger)
{
    /// <summary>Telegram's limits in code points; UTF-16 length is never smaller, so cutting by it is safe.</summary>
    private const int MaxTextLength = 4096;
    private const int MaxCaptionLength = 1024;

    /// <summary>Sends the reply; true when Telegram took it (or there was nothing to send).</summary>
    public async Task<bool> SendAsync(
        long chatId, ChatReply reply, int? pressedMessageId, CancellationToken cancellationToken, SendLane lane = SendLane.Reply)
    {
        if (reply.IsNone) return true;
        var keyboard = Keyboard(reply);
        SendOutcome outcome;
        if (reply.Image is { } image)
        {
            outcome = await SendPacedAsync(chatId, lane, async ct =>
            {
                await using var png = new MemoryStream(image.Png, writable: false);
                await bot.SendPhoto(chatId, InputFile.FromStream(png, image.FileName), caption: Cut(reply.Text, MaxCaptionLength),
                    replyMarkup: keyboard, cancellationToken: ct);
            }, cancellationToken);
            return Finish(chatId, outcome);
        }

        // HTML cut short could leave a tag open: an over-long HTML answer goes as its plain text instead.
        if (reply.TelegramHtml is { Length: <= MaxTextLength } html)
        {
            outcome = await SendPacedAsync(chatId, lane,
                ct => SendTextAsync(chatId, html, ParseMode.Html, reply, keyboard, pressedMessageId, ct), cancellationToken);
            // Never lose an answer over markup: the plain twin always parses.
            if (outcome is not SendOutcome.Rejected { Reason: var reason } || !IsParseError(reason)) return Finish(chatId, outcome);
            LogHtmlRefused(logger, chatId, reason);
        }

        outcome = await SendPacedAsync(chatId, lane,
            ct => SendTextAsync(chatId, Cut(reply.Text, MaxTextLength), ParseMode.None, reply, keyboard, pressedMessageId, ct),
            cancellationToken);
        return Finish(chatId, outcome);
    }

    private Task<SendOutcome> SendPacedAsync(long chatId, SendLane lane, Func<CancellationToken, Task> send, CancellationToken cancellationToken) =>
        paced.SendAsync(ChannelKind.Telegram, chatId.ToString(CultureInfo.InvariantCulture), lane, async ct =>
        {
            try
            {
                await send(ct);
                return new SendOutcome.Sent();
            }
            catch (ApiRequestException ex) when (ex.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase))
            {
                // The same button pressed twice: the message already shows what it should.
                return new SendOutcome.Sent();
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                return TelegramChannel.Translate(ex);
            }
        }, cancellationToken);

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

    private bool Finish(long chatId, SendOutcome outcome)
    {
        if (outcome is SendOutcome.Sent) return true;
        LogReplyFailed(logger, chatId, Reason(outcome));
        return false;
    }

    private static string Reason(SendOutcome outcome) => outcome switch
    {
        SendOutcome.RetryLater retry => retry.Reason,
        SendOutcome.Rejected rejected => rejected.Reason,
        _ => outcome.GetType().Name,
    };

    private static bool IsParseError(string reason) => reason.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    private static InlineKeyboardMarkup? Keyboard(ChatReply reply) => reply.Buttons.Count == 0
        ? null
        : new InlineKeyboardMarkup(reply.Buttons.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Command))));

    private static string Cut(string text, int max) => TextCut.WithEllipsis(text, max);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram could not parse the HTML answer for chat {ChatId} ({Reason}); sending plain text")]
    private static partial void LogHtmlRefused(ILogger logger, long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer Telegram chat {ChatId}: {Reason}")]
    private static partial void LogReplyFailed(ILogger logger, long chatId, string reason);
}
