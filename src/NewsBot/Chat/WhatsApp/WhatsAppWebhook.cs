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

    // Meta's webhooks are small; anything near this is not from Meta.
    private const int MaxBodyBytes = 1024 * 1024;

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
        if (mode == "subscribe" && challenge.Length > 0 && FixedTimeEquals(token, expected))
        {
            return Results.Text(challenge, "text/plain");
        }

        LogHandshakeRefused(logger, mode);
        return Results.StatusCode(StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, IOptions<WhatsAppOptions> options, WhatsAppInbox inbox, ILogger<WhatsAppInbox> logger,
        CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var body = buffer.ToArray();

        var signature = request.Headers["X-Hub-Signature-256"].ToString();
        if (!WhatsAppSignature.IsValid(body, signature.Length == 0 ? null : signature, options.Value.AppSecret ?? ""))
        {
            LogBadSignature(logger, request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", signature.Length > 0);
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        if (WhatsAppWebhookItems.Read(body) is not { } items)
        {
            LogNotAWebhook(logger);
            return Results.BadRequest();
        }

        await inbox.AddAsync(items, cancellationToken);
        return Results.Ok();
    }

    private static bool FixedTimeEquals(string given, string expected) =>
        expected.Length > 0 && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(given), System.Text.Encoding.UTF8.GetBytes(expected));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a WhatsApp webhook POST from {Remote}: X-Hub-Signature-256 missing or not made with WhatsApp:AppSecret (header present: {HadSignature})")]
    private static partial void LogBadSignature(ILogger logger, string remote, bool hadSignature);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused the WhatsApp webhook handshake (hub.mode '{Mode}'): the verify token does not match WhatsApp:VerifyToken")]
    private static partial void LogHandshakeRefused(ILogger logger, string mode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A signed WhatsApp webhook POST was not a WhatsApp payload; ignored")]
    private static partial void LogNotAWebhook(ILogger logger);
}
