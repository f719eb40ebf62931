using Microsoft.Extensions.Options;
using NewsBot.Delivery.WhatsApp;

namespace NewsBot.Chat.WhatsApp;

/// <summary>
/// The webhook Meta calls: GET for the verification handshake, POST for messages and statuses. A POST is checked
/// against X-Hub-Signature-256, stored, and answered; the work happens afterwards in <see cref="WhatsAppInboxWorker"/>.
/// </summary>
public static partial class WhatsAppWebhook
{
    public const string Path = "/webhooks/whatsapp";

    public static void MapWhatsAppWebhook(this WebApplication app)
    {
        if (!WhatsAppServiceCollectionExtensions.IsConfigured(app.Configuration)) return;
        app.MapGet(Path, Verify);
        app.MapPost(Path, ReceiveAsync);
    }

    private static IResult Verify(HttpRequest request, IOptions<WhatsAppOptions> options, ILogger<WhatsAppInbox> logger)
    {
        var mode = request.Query["hub.mode"].ToString();
        var token = request.Query["hub.verify_token"].ToString();
        var challenge = request.Query["hub.challenge"].ToString();
        var expected = options.Value.VerifyToken ?? "";
        if (mode == "subscribe" && challenge.Length > 0 && WebhookSecret.Matches(token, expected))
        {
            return Results.Text(challenge, "text/plain");
        }

        LogHandshakeRefused(logger, mode);
        return Results.StatusCode(StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, IOptions<WhatsAppOptions> options, WhatsAppInbox inbox, TimeProvider time,
        ILogger<WhatsAppInbox> logger, CancellationToken cancellationToken)
    {
        var remote = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (request.ContentLength > WhatsAppWebhookBody.MaxBytes)
        {
            LogTooLarge(logger, remote);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // Meta signs every POST, so one without a usable signature is not Meta's and is refused whatever it holds. Its body
        // is only counted, never kept (one reused 16 KiB chunk), so that an oversized one gets 413 at the limit like any
        // other, and the rest 401: an answer that says what was wrong, at no cost in memory.
        var header = request.Headers["X-Hub-Signature-256"].ToString();
        var claimed = WhatsAppSignature.Claimed(header);

        WhatsAppWebhookBody body;
        try
        {
            body = await WhatsAppWebhookBody.ReadAsync(request.Body, request.ContentLength, claimed, options.Value.AppSecret ?? "",
                options.Value.WebhookReadTimeout, time, cancellationToken);
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
            switch (body.Verdict)
            {
                case WhatsAppBodyVerdict.TooLarge:
                    LogTooLarge(logger, remote);
                    return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
                case WhatsAppBodyVerdict.TooSlow:
                    LogTooSlow(logger, remote);
                    return Results.StatusCode(StatusCodes.Status408RequestTimeout);
                case WhatsAppBodyVerdict.BadSignature:
                    LogBadSignature(logger, remote, header.Length > 0);
                    return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            if (WhatsAppWebhookItems.Read(body.Bytes) is not { } items)
            {
                LogNotAWebhook(logger);
                return Results.BadRequest();
            }

            await inbox.AddAsync(items, cancellationToken);
            return Results.Ok();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a WhatsApp webhook POST from {Remote}: X-Hub-Signature-256 missing or not made with WhatsApp:AppSecret (header present: {HadSignature})")]
    private static partial void LogBadSignature(ILogger logger, string remote, bool hadSignature);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused the WhatsApp webhook handshake (hub.mode '{Mode}'): the verify token does not match WhatsApp:VerifyToken")]
    private static partial void LogHandshakeRefused(ILogger logger, string mode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a WhatsApp webhook POST from {Remote}: the body is larger than Meta ever sends; reading stopped at the limit")]
    private static partial void LogTooLarge(ILogger logger, string remote);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a WhatsApp webhook POST from {Remote}: its body did not arrive within WhatsApp:WebhookReadTimeout")]
    private static partial void LogTooSlow(ILogger logger, string remote);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A signed WhatsApp webhook POST was not a WhatsApp payload; ignored")]
    private static partial void LogNotAWebhook(ILogger logger);
}
