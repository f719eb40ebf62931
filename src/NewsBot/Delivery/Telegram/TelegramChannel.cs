using System.Globalization;
using Microsoft.Extensions.Options;
using NewsBot.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Delivery.Telegram;

/// <summary>
/// Sends news through the Telegram Bot API and translates every answer into a <see cref="SendOutcome"/>. The client's
/// own 429 retry is off (see the registration), so a flood wait comes back here and the dispatcher owns the retry.
/// </summary>
public sealed partial class TelegramChannel(
    ITelegramBotClient bot,
    ChannelRateLimiters limiters,
    IOptions<DeliveryOptions> options,
    ILogger<TelegramChannel> logger) : IMessageChannel
{
    private readonly bool paidBroadcast = options.Value.Telegram.AllowPaidBroadcast;

    // A broadcast sends one article to many chats: format it once per language.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(long ArticleId, string Language), (string Html, string Plain)> formatted = new();

    public ChannelKind Kind => ChannelKind.Telegram;

    public async Task<SendOutcome> SendAsync(NewsMessage message, CancellationToken cancellationToken)
    {
        if (!long.TryParse(message.ChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            return new SendOutcome.Rejected($"'{message.ChatId}' is not a Telegram chat id.", DeactivateSubscriber: true);
        }

        var (html, plain) = message.Digest is { } digest ? Digests.DigestFormatter.ForTelegram(digest, message.Language) : Format(message);
        try
        {
            await bot.SendMessage(chatId, html, ParseMode.Html, allowPaidBroadcast: paidBroadcast, cancellationToken: cancellationToken);
            return new SendOutcome.Sent();
        }
        catch (ApiRequestException ex) when (IsParseError(ex))
        {
            // Never drop a message over formatting: the same words without markup always parse.
            LogPlainTextFallback(logger, chatId, ex.Message);
            return await SendPlainAsync(chatId, plain, cancellationToken);
        }
        catch (ApiRequestException ex) when (IsTooLong(ex))
        {
            // Our count and the server's disagree (a newer server, a different count): cut the summary at a sentence.
            var shorter = message with { Summary = TelegramNewsFormatter.ShortenAtSentence(message.Summary, ShortenedSummaryCodePoints) };
            return await SendPlainAsync(chatId, TelegramNewsFormatter.Format(shorter).Plain, cancellationToken);
        }
        catch (ApiRequestException ex) when (IsChatNotFound(ex))
        {
            return await ConfirmChatGoneAsync(chatId, ex, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Translate(ex);
        }
    }

    /// <summary>
    /// "Chat not found" can be a wrong id or a passing glitch; only when getChat agrees is the subscriber deactivated.
    /// </summary>
    private async Task<SendOutcome> ConfirmChatGoneAsync(long chatId, ApiRequestException sendError, CancellationToken cancellationToken)
    {
        try
        {
            await bot.GetChat(chatId, cancellationToken);
            return new SendOutcome.Rejected(sendError.Message, DeactivateSubscriber: false);
        }
        catch (ApiRequestException confirm) when (IsChatNotFound(confirm) || confirm.ErrorCode == 403)
        {
            return new SendOutcome.Rejected($"{sendError.Message} (confirmed by getChat)", DeactivateSubscriber: true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new SendOutcome.RetryLater($"{sendError.Message}; could not confirm: {ex.Message}");
        }
    }

    private (string Html, string Plain) Format(NewsMessage message)
    {
        if (message.ArticleId == 0) return TelegramNewsFormatter.Format(message);
        if (formatted.Count > 1_000) formatted.Clear();
        return formatted.GetOrAdd((message.ArticleId, message.Language), _ => TelegramNewsFormatter.Format(message));
    }

    private async Task<SendOutcome> SendPlainAsync(long chatId, string plain, CancellationToken cancellationToken)
    {
        try
        {
            // A second request for the same row: it takes a slot of its own, so a fallback never crowds the second.
            var limiter = limiters.For(ChannelKind.Telegram);
            var permit = await limiter.WaitForPermitAsync(SendLane.Outbox, cancellationToken);
            try
            {
                await bot.SendMessage(chatId, plain, ParseMode.None, allowPaidBroadcast: paidBroadcast, cancellationToken: cancellationToken);
            }
            finally
            {
                limiter.Answered(permit, chatId.ToString(CultureInfo.InvariantCulture));
            }

            return new SendOutcome.Sent();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Translate(ex);
        }
    }

    /// <summary>Maps Telegram's answer to the action the dispatcher takes; the reason keeps Telegram's own words.</summary>
    public static SendOutcome Translate(Exception exception) => exception switch
    {
        ApiRequestException { ErrorCode: 429 } ex =>
            new SendOutcome.RetryLater(ex.Message, TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 5))),
        ApiRequestException { Parameters.MigrateToChatId: { } newId } =>
            new SendOutcome.ChatMigrated(newId.ToString(CultureInfo.InvariantCulture)),
        ApiRequestException { ErrorCode: 403 } ex => new SendOutcome.Rejected(ex.Message, DeactivateSubscriber: true),
        ApiRequestException { ErrorCode: >= 500 } ex => new SendOutcome.RetryLater(ex.Message),
        ApiRequestException { ErrorCode: 401 or 404 } ex =>
            new SendOutcome.RetryLater($"{ex.Message} (check Telegram:BotToken and Telegram:ApiBaseUrl)"),
        ApiRequestException ex => new SendOutcome.Rejected(ex.Message, DeactivateSubscriber: false),
        RequestException ex => new SendOutcome.RetryLater(ex.Message),
        HttpRequestException ex => new SendOutcome.RetryLater(ex.Message),
        OperationCanceledException => new SendOutcome.RetryLater("Telegram did not answer in time."),
        _ => new SendOutcome.RetryLater(exception.Message),
    };

    private const int ShortenedSummaryCodePoints = 1_000;

    private static bool IsTooLong(ApiRequestException ex) =>
        ex.ErrorCode == 400 && ex.Message.Contains("message is too long", StringComparison.OrdinalIgnoreCase);

    private static bool IsChatNotFound(ApiRequestException ex) =>
        ex.ErrorCode == 400 && ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase);

    private static bool IsParseError(ApiRequestException ex) =>
        ex.ErrorCode == 400 && ex.Message.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram could not parse the HTML for chat {ChatId} ({Reason}); sending plain text")]
    private static partial void LogPlainTextFallback(ILogger logger, long chatId, string reason);
}
