using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using NewsBot.Text;

namespace NewsBot.Delivery.WhatsApp;

/// <summary>
/// The messages endpoint of the WhatsApp Cloud API. Returns Meta's answer instead of throwing, so callers map error
/// codes to actions; only cancellation escapes. The HTTP client it uses logs no requests (the token is in a header).
/// </summary>
public sealed class WhatsAppClient(HttpClient http, IOptions<WhatsAppOptions> options)
{
    public Task<WhatsAppSendResult> SendTextAsync(string to, string body, bool previewUrl, CancellationToken cancellationToken) =>
        SendAsync(Envelope(to, "text", new JsonObject { ["preview_url"] = previewUrl, ["body"] = body }), cancellationToken);

    public Task<WhatsAppSendResult> SendTemplateAsync(
        string to, string name, string language, IReadOnlyList<string> parameters, CancellationToken cancellationToken)
    {
        var template = new JsonObject
        {
            ["name"] = name,
            ["language"] = new JsonObject { ["policy"] = "deterministic", ["code"] = language },
        };
        if (parameters.Count > 0)
        {
            var values = new JsonArray([.. parameters.Select(p => (JsonNode)new JsonObject { ["type"] = "text", ["text"] = p })]);
            template["components"] = new JsonArray(new JsonObject { ["type"] = "body", ["parameters"] = values });
        }

        return SendAsync(Envelope(to, "template", template), cancellationToken);
    }

    /// <summary>An interactive list; Meta allows at most 10 rows, titles of 24 and descriptions of 72 characters.</summary>
    public Task<WhatsAppSendResult> SendListAsync(
        string to, string body, string button, IReadOnlyList<(string Id, string Title, string Description)> rows,
        CancellationToken cancellationToken)
    {
        var items = rows.Take(10).Select(r =>
        {
            var row = new JsonObject { ["id"] = Cut(r.Id, 200), ["title"] = Cut(r.Title, 24) };
            if (r.Description.Length > 0) row["description"] = Cut(r.Description, 72);
            return (JsonNode)row;
        });
        var interactive = new JsonObject
        {
            ["type"] = "list",
            ["body"] = new JsonObject { ["text"] = Cut(body, 1024) },
            ["action"] = new JsonObject
            {
                ["button"] = Cut(button, 20),
                ["sections"] = new JsonArray(new JsonObject { ["title"] = Cut(button, 24), ["rows"] = new JsonArray([.. items]) }),
            },
        };
        return SendAsync(Envelope(to, "interactive", interactive), cancellationToken);
    }

    /// <summary>Reply buttons under a text; Meta allows at most 3, titles of 20 characters, ids of 256.</summary>
    public Task<WhatsAppSendResult> SendButtonsAsync(
        string to, string body, IReadOnlyList<(string Id, string Title)> buttons, CancellationToken cancellationToken)
    {
        var items = buttons.Take(3).Select(b => (JsonNode)new JsonObject
        {
            ["type"] = "reply",
            ["reply"] = new JsonObject { ["id"] = Cut(b.Id, 256), ["title"] = Cut(b.Title, 20) },
        });
        var interactive = new JsonObject
        {
            ["type"] = "button",
            ["body"] = new JsonObject { ["text"] = Cut(body, 1024) },
            ["action"] = new JsonObject { ["buttons"] = new JsonArray([.. items]) },
        };
        return SendAsync(Envelope(to, "interactive", interactive), cancellationToken);
    }

    private static string Cut(string text, int max) => TextCut.WithEllipsis(text, max);

    private static JsonObject Envelope(string to, string type, JsonObject content) => new()
    {
        ["messaging_product"] = "whatsapp",
        ["recipient_type"] = "individual",
        ["to"] = to,
        ["type"] = type,
        [type] = content,
    };

    private async Task<WhatsAppSendResult> SendAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.MessagesUrl) { Content = JsonContent.Create(payload) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return Read((int)response.StatusCode, body);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new WhatsAppSendResult(null, new WhatsAppError(0, $"WhatsApp did not answer: {ex.Message}", 0));
        }
    }

    /// <summary>Reads Meta's answer: messages[0].id on success, error.code and error.message (with details) otherwise.</summary>
    public static WhatsAppSendResult Read(int status, string body)
    {
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            json = null;
        }

        if (status is >= 200 and < 300 && json?["messages"]?[0]?["id"]?.GetValue<string>() is { } id)
        {
            return new WhatsAppSendResult(id, null);
        }

        if (json?["error"] is JsonObject error && error["code"]?.GetValueKind() == JsonValueKind.Number)
        {
            var message = error["message"]?.GetValue<string>() ?? "no message";
            if (error["error_data"]?["details"]?.GetValue<string>() is { Length: > 0 } details) message += " (" + details + ")";
            return new WhatsAppSendResult(null, new WhatsAppError(error["code"]!.GetValue<int>(), message, status));
        }

        return new WhatsAppSendResult(null, new WhatsAppError(0, $"Unexpected answer from the Graph API (HTTP {status}).", status));
    }
}
