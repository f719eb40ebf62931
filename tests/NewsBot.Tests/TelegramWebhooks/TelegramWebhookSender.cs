using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Chat.Telegram;

namespace NewsBot.Tests.TelegramWebhooks;

/// <summary>Posts updates to a running bot's Telegram webhook the way Telegram does: JSON, with the secret in its header.</summary>
public sealed class TelegramWebhookSender(Uri botBaseUrl, string secret) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = botBaseUrl };

    /// <summary>Posts <paramref name="update"/>; <paramref name="presentedSecret"/> overrides the header (null: no header).</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject update, string? presentedSecret = "valid") =>
        PostAsync(update.ToJsonString(), presentedSecret);

    public Task<HttpResponseMessage> PostAsync(string body, string? presentedSecret = "valid") =>
        PostAsync(new StringContent(body, Encoding.UTF8, "application/json"), presentedSecret);

    public Task<HttpResponseMessage> PostAsync(HttpContent content, string? presentedSecret = "valid")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TelegramWebhook.Path.TrimStart('/')) { Content = content };
        var header = presentedSecret == "valid" ? secret : presentedSecret;
        if (header is not null) request.Headers.TryAddWithoutValidation(TelegramWebhook.SecretHeader, header);
        return http.SendAsync(request);
    }

    public void Dispose() => http.Dispose();
}
