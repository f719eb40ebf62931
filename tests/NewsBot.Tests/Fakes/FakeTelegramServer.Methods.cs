using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Tests.Fakes;

/// <summary>The Bot API methods the fake implements, each validating and failing as Telegram does.</summary>
public sealed partial class FakeTelegramServer
{
    private const int MaxMessageLength = 4096;

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        _requestCounts.AddOrUpdate(method, 1, (_, count) => count + 1);
        if (token != Token)
        {
            await TelegramReply.ErrorAsync(context, 401, "Unauthorized");
            return;
        }

        var args = await TelegramArgs.ReadAsync(context.Request, context.RequestAborted);
        if (args is null)
        {
            await TelegramReply.BadRequestAsync(context, "can't parse JSON encoded request");
            return;
        }

        // Telegram matches method names case-insensitively.
        switch (method.ToLowerInvariant())
        {
            case "getme":
                await TelegramReply.OkAsync(context, TelegramWire.BotUser());
                break;
            case "deletewebhook":
                if (args.Bool("drop_pending_updates"))
                {
                    _updates.DropPending();
                }

                RemoveWebhook();
                await TelegramReply.OkAsync(context, true);
                break;
            case "setwebhook":
                await SetWebhookAsync(context, args);
                break;
            case "setmycommands":
                await SetMyCommandsAsync(context, args);
                break;
            case "deletemycommands":
                await DeleteMyCommandsAsync(context, args);
                break;
            case "getupdates":
                await GetUpdatesAsync(context, args);
                break;
            case "sendmessage":
                await SendMessageAsync(context, args);
                break;
            case "editmessagetext":
                await EditMessageTextAsync(context, args);
                break;
            case "sendphoto":
                await SendPhotoAsync(context, args);
                break;
            case "getchatmember":
                await GetChatMemberAsync(context, args);
                break;
            case "answercallbackquery":
                if (await RefusedOverLimitAsync(context, chatId: null)) return;
                await TelegramReply.OkAsync(context, true);
                break;
            case "sendchataction":
                await TelegramReply.OkAsync(context, true);
                break;
            default:
                await TelegramReply.ErrorAsync(context, 404, "Not Found: method not found");
                break;
        }
    }

    private async Task SetMyCommandsAsync(HttpContext context, TelegramArgs args)
    {
        if (args.Json("commands") is not JsonArray commands)
        {
            await TelegramReply.BadRequestAsync(context, "parameter \"commands\" is required");
            return;
        }

        if (TrySetScopedCommands(args, commands))
        {
            await TelegramReply.OkAsync(context, true);
            return;
        }

        _commands[args.String("language_code") ?? string.Empty] = commands
            .Select(c => (c?["command"]?.GetValue<string>() ?? string.Empty, c?["description"]?.GetValue<string>() ?? string.Empty))
            .ToList();
        await TelegramReply.OkAsync(context, true);
    }

    private async Task GetUpdatesAsync(HttpContext context, TelegramArgs args)
    {
        if (WebhookIsSet)
        {
            await TelegramReply.ErrorAsync(
                context, 409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            return;
        }

        // Shutting the fake down ends pending long polls with an empty answer instead of stalling disposal.
        var (outcome, updates) = await _updates.PollAsync(
            args.Long("offset") ?? 0,
            (int)(args.Long("limit") ?? 100),
            (int)Math.Min(args.Long("timeout") ?? 0, int.MaxValue),
            context.RequestAborted,
            _app.Lifetime.ApplicationStopping);
        switch (outcome)
        {
            case TelegramUpdateQueue.Outcome.Conflict:
                await TelegramReply.ErrorAsync(
                    context, 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                break;
            case TelegramUpdateQueue.Outcome.Aborted:
                // The client is gone; there is nobody to answer.
                break;
            default:
                await TelegramReply.OkAsync(context, updates);
                break;
        }
    }

    private async Task SendMessageAsync(HttpContext context, TelegramArgs args)
    {
        if (args.Long("chat_id") is not long chatId)
        {
            await TelegramReply.BadRequestAsync(
                context, string.IsNullOrEmpty(args.String("chat_id")) ? "chat_id is empty" : "chat not found");
            return;
        }

        if (TakeFailure(chatId) is { } failure)
        {
            if (failure.AbortsConnection)
            {
                context.Abort();
                return;
            }

            await TelegramReply.ErrorAsync(context, failure.ErrorCode, failure.Description, failure.Parameters());
            return;
        }

        var text = args.String("text") ?? string.Empty;
        var parseMode = args.String("parse_mode");
        if (ValidateText(text, parseMode, out var plain) is { } problem)
        {
            await TelegramReply.BadRequestAsync(context, problem);
            return;
        }

        if (await RefusedOverLimitAsync(context, chatId)) return;

        var messageId = Interlocked.Increment(ref _nextMessageId);
        var chat = TelegramWire.Chat(chatId, ChatType(chatId));
        var message = TelegramWire.Message(messageId, TelegramWire.BotUser(), chat, UnixNow(), plain);
        var replyMarkup = args.Json("reply_markup");
        if (replyMarkup is not null)
        {
            message["reply_markup"] = replyMarkup.DeepClone();
        }

        Record(new SentMessage(chatId, text, parseMode, _time.GetUtcNow())
        {
            PlainText = plain,
            MessageId = (int)messageId,
            ReplyMarkupJson = replyMarkup?.ToJsonString(TelegramWire.ReadableJson),
            LinkPreviewOptionsJson = args.Json("link_preview_options")?.ToJsonString(),
        });
        await TelegramReply.OkAsync(context, message);
    }

    /// <summary>With <see cref="EnforceLimits"/> on, answers 429 when the request is one too many; true when it did.</summary>
    private async Task<bool> RefusedOverLimitAsync(HttpContext context, long? chatId)
    {
        if (_limiter is null) return false;
        if ((chatId is { } id ? _limiter.TryAcquire(id) : _limiter.TryAcquireForAccount()) is not int retryAfter) return false;
        Interlocked.Increment(ref _tooManyRequestsSent);
        await TelegramReply.ErrorAsync(context, 429, $"Too Many Requests: retry after {retryAfter}", new JsonObject { ["retry_after"] = retryAfter });
        return true;
    }

    /// <summary>Returns the <c>Bad Request</c> detail Telegram would give, or null with the parsed plain text.</summary>
    private string? ValidateText(string text, string? parseMode, out string plain)
    {
        plain = text;
        switch (parseMode?.ToLowerInvariant())
        {
            case null or "" or "none" or "markdown" or "markdownv2":
                break;
            case "html":
                if (TelegramHtml.TryParse(text, out var error, StrictHtmlEntities) is not { } parsed)
                {
                    return "can't parse entities: " + error;
                }

                plain = parsed;
                break;
            default:
                return "unsupported parse_mode";
        }

        // Telegram trims the parsed text; whitespace or markup alone counts as empty.
        if (string.IsNullOrWhiteSpace(plain))
        {
            return "message text is empty";
        }

        return TelegramHtml.CodePointLength(plain.Trim()) > MaxMessageLength ? "message is too long" : null;
    }
}
