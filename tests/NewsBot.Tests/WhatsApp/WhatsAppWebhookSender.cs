using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Chat.WhatsApp;

namespace NewsBot.Tests.WhatsApp;

/// <summary>
/// Posts webhooks to a running bot the way Meta does: the envelope of the Cloud API (object, entry, changes, value),
/// signed with the app secret over the raw bytes.
/// </summary>
public sealed class WhatsAppWebhookSender(Uri botBaseUrl, string appSecret) : IDisposable
{
    public const string PhoneNumberId = "106540352242922";
    private readonly HttpClient http = new() { BaseAddress = botBaseUrl };
    private int nextId = 1;

    public Task<HttpResponseMessage> SendTextAsync(string from, string text, DateTimeOffset? at = null) =>
        PostAsync(Envelope(new JsonObject
        {
            ["contacts"] = new JsonArray(new JsonObject { ["profile"] = new JsonObject { ["name"] = "Warga" }, ["wa_id"] = from }),
            ["messages"] = new JsonArray(new JsonObject
            {
                ["from"] = from,
                ["id"] = $"wamid.in{nextId++}",
                ["timestamp"] = Seconds(at ?? DateTimeOffset.UtcNow),
                ["type"] = "text",
                ["text"] = new JsonObject { ["body"] = text },
            }),
        }));

    public Task<HttpResponseMessage> SendStatusAsync(string wamid, string recipient, string status, int? errorCode = null, DateTimeOffset? at = null) =>
        PostAsync(Envelope(new JsonObject
        {
            ["statuses"] = new JsonArray(new JsonObject
            {
                ["id"] = wamid,
                ["status"] = status,
                ["timestamp"] = Seconds(at ?? DateTimeOffset.UtcNow),
                ["recipient_id"] = recipient,
                ["errors"] = errorCode is { } code
                    ? new JsonArray(new JsonObject { ["code"] = code, ["title"] = "Message undeliverable", ["message"] = "Message undeliverable" })
                    : null,
            }),
        }));

    public Task<HttpResponseMessage> PostAsync(string body, string? signature = "valid")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, WhatsAppWebhook.Path.TrimStart('/'))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        var header = signature == "valid" ? "sha256=" + WhatsAppSignature.Compute(Encoding.UTF8.GetBytes(body), appSecret) : signature;
        if (header is not null) request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", header);
        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> HandshakeAsync(string verifyToken, string challenge) =>
        http.GetAsync($"{WhatsAppWebhook.Path.TrimStart('/')}?hub.mode=subscribe&hub.verify_token={Uri.EscapeDataString(verifyToken)}&hub.challenge={challenge}");

    public static string Envelope(JsonObject value)
    {
        value["messaging_product"] = "whatsapp";
        value["metadata"] = new JsonObject { ["display_phone_number"] = "6285100000000", ["phone_number_id"] = PhoneNumberId };
        return new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = "102290129340398",
                ["changes"] = new JsonArray(new JsonObject { ["value"] = value, ["field"] = "messages" }),
            }),
        }.ToJsonString();
    }

    private static string Seconds(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public void Dispose() => http.Dispose();
}
