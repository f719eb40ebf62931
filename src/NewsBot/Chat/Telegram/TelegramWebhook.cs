using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Delivery.Telegram;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// The address Telegram posts updates to when long polling is off. A POST must carry our secret in
/// X-Telegram-Bot-Api-Secret-Token, checked before a byte of its body is read; its body is read with a size cap, parsed
/// as an update and stored before the 200, and carried out afterwards by <see cref="TelegramInboxWorker"/>.
/// </summary>
public static partial class TelegramWebhook
{
    public const string Path = "/webhooks/telegram";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Telegram sends an update of a few kilobytes at once; a body still arriving after this is not Telegram's.</summary>
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Mapped only in webhook mode: with long polling nothing may feed updates in by another door.</summary>
    public static void MapTelegramWebhook(this WebApplication app)
    {
        if (!TelegramOptions.UsesWebhookIn(app.Configuration)) return;
        app.MapPost(Path, ReceiveAsync);
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, IOptions<TelegramOptions> options, TelegramInbox inbox, TimeProvider time,
        ILogger<TelegramInbox> logger, CancellationToken cancellationToken)
    {
        var remote = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var presented = request.Headers[SecretHeader];
        if (!WebhookSecret.Matches(presented.ToString(), options.Value.WebhookSecret))
        {
            LogBadSecret(logger, remote, presented.Count > 0);
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        WebhookBody body;
        try
        {
            body = await WebhookBody.ReadAsync(request.Body, request.ContentLength, ReadTimeout, time, keep: true, digest: null, cancellationToken);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own limits: a body slower than MinRequestBodyDataRate (408), broken chunked encoding (400).
            return Results.StatusCode(ex.StatusCode);
        }
        catch (IOException) when (cancellationToken.IsCancellationRequested)
        {
            // The sender went away in the middle of its body; there is no one left to answer.
            return Results.Empty;
        }

        using (body)
        {
            switch (body.Outcome)
            {
                case WebhookBodyOutcome.TooLarge:
                    LogTooLarge(logger, remote);
                    return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
                case WebhookBodyOutcome.TooSlow:
                    LogTooSlow(logger, remote);
                    return Results.StatusCode(StatusCodes.Status408RequestTimeout);
            }

            if (TelegramUpdateJson.Read(body.Bytes) is not { } update)
            {
                LogNotAnUpdate(logger, remote);
                return Results.BadRequest();
            }

            // Valid UTF-8 by now: the JSON reader refuses anything else.
            await inbox.AddAsync(update.Id, Encoding.UTF8.GetString(body.Bytes), cancellationToken);
            return Results.Ok();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Telegram webhook POST from {Remote}: X-Telegram-Bot-Api-Secret-Token missing or not Telegram:WebhookSecret (header present: {HadSecret})")]
    private static partial void LogBadSecret(ILogger logger, string remote, bool hadSecret);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Telegram webhook POST from {Remote}: the body is larger than Telegram ever sends; reading stopped at the limit")]
    private static partial void LogTooLarge(ILogger logger, string remote);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Telegram webhook POST from {Remote}: its body did not arrive in time")]
    private static partial void LogTooSlow(ILogger logger, string remote);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Telegram webhook POST from {Remote} with the right secret was not an update; refused")]
    private static partial void LogNotAnUpdate(ILogger logger, string remote);
}
