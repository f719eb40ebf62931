using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// The messages endpoint of the WhatsApp Cloud API on 127.0.0.1, for the real WhatsApp client to talk to over HTTP.
/// Accepts messages with a wamid, or answers a scripted failure with Meta's error body (code, message, error_data).
/// </summary>
public sealed class FakeGraphApiServer : IAsyncDisposable
{
    public const string AccessToken = "EAAG-test-access-token";
    public const string PhoneNumberId = "106540352242922";
    public const string ApiVersion = "v23.0";
    public const string VerifyToken = "verify-me";

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<WhatsAppSentMessage> sent = [];
    private readonly Dictionary<string, Queue<(int Status, int Code, string Message)>> failures = [];
    private int nextId = 1;

    private FakeGraphApiServer(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The bot's settings that point its WhatsApp channel at this server, with webhooks signed by <paramref name="appSecret"/>.</summary>
    public Dictionary<string, string?> BotSettings(string appSecret) => new()
    {
        ["WhatsApp:AccessToken"] = AccessToken,
        ["WhatsApp:PhoneNumberId"] = PhoneNumberId,
        ["WhatsApp:ApiVersion"] = ApiVersion,
        ["WhatsApp:ApiBaseUrl"] = BaseUrl.ToString(),
        ["WhatsApp:AppSecret"] = appSecret,
        ["WhatsApp:VerifyToken"] = VerifyToken,
    };

    public IReadOnlyList<WhatsAppSentMessage> SentMessages
    {
        get
        {
            lock (gate) return [.. sent];
        }
    }

    public static async Task<FakeGraphApiServer> StartAsync()
    {
        FakeGraphApiServer? server = null;
        var (_, baseUrl) = await FakeHost.StartAsync(app =>
        {
            server = new FakeGraphApiServer(app);
            app.MapPost("/{version}/{phoneNumberId}/messages", server.HandleAsync);
        });
        server!.BaseUrl = baseUrl;
        return server;
    }

    /// <summary>The next send to <paramref name="to"/> is refused with Meta's error <paramref name="code"/>.</summary>
    public void FailNext(string to, int code, int status = 400, string message = "Scripted failure")
    {
        lock (gate)
        {
            if (!failures.TryGetValue(to, out var queue)) failures[to] = queue = new();
            queue.Enqueue((status, code, message));
        }
    }

    public async Task<WhatsAppSentMessage> WaitForMessageAsync(Func<WhatsAppSentMessage, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (SentMessages.FirstOrDefault(match) is { } found) return found;
            await Task.Delay(50);
        }

        throw new TimeoutException("The fake Graph API received no such message.");
    }

    private async Task<IResult> HandleAsync(HttpContext context, string version, string phoneNumberId)
    {
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + AccessToken)
        {
            return Error(401, 190, "Invalid OAuth access token - Cannot parse access token");
        }

        if (version != ApiVersion || phoneNumberId != PhoneNumberId) return Error(400, 100, "Unsupported post request.");
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var to = body?["to"]?.GetValue<string>() ?? "";
        var type = body?["type"]?.GetValue<string>() ?? "";
        lock (gate)
        {
            if (failures.TryGetValue(to, out var queue) && queue.TryDequeue(out var failure))
            {
                return Error(failure.Status, failure.Code, failure.Message);
            }

            if (type == "interactive" && InvalidInteractive(body?["interactive"]) is { } invalid) return Error(400, 131009, invalid);
            var rows = (body?["interactive"]?["action"]?["sections"]?[0]?["rows"]?.AsArray()
                    .Select(r => r?["id"]?.GetValue<string>() ?? "")
                ?? body?["interactive"]?["action"]?["buttons"]?.AsArray()
                    .Select(b => b?["reply"]?["id"]?.GetValue<string>() ?? ""))?.ToList();
            var template = body?["template"];
            var parameters = template?["components"]?[0]?["parameters"]?.AsArray()
                .Select(p => p?["text"]?.GetValue<string>() ?? "").ToList() ?? [];
            var message = new WhatsAppSentMessage(
                $"wamid.fake{nextId++}", to, type,
                body?["text"]?["body"]?.GetValue<string>() ?? body?["interactive"]?["body"]?["text"]?.GetValue<string>(),
                template?["name"]?.GetValue<string>(), template?["language"]?["code"]?.GetValue<string>(), rows ?? parameters);
            sent.Add(message);
            return Results.Json(new JsonObject
            {
                ["messaging_product"] = "whatsapp",
                ["contacts"] = new JsonArray(new JsonObject { ["input"] = to, ["wa_id"] = to }),
                ["messages"] = new JsonArray(new JsonObject { ["id"] = message.Id }),
            });
        }
    }

    private static string? InvalidInteractive(JsonNode? interactive) =>
        interactive?["type"]?.GetValue<string>() == "button" ? InvalidButtons(interactive) : InvalidList(interactive);

    /// <summary>Meta's limits on reply buttons: 1 to 3, titles of 1 to 20 characters, distinct ids.</summary>
    private static string? InvalidButtons(JsonNode interactive)
    {
        var buttons = interactive["action"]?["buttons"]?.AsArray().ToList() ?? [];
        if (buttons.Count is 0 or > 3) return $"Reply buttons must number 1 to 3, not {buttons.Count}.";
        if (buttons.Any(b => (b?["reply"]?["title"]?.GetValue<string>().Length ?? 0) is 0 or > 20)) return "Button title must be 1 to 20 characters.";
        var ids = buttons.Select(b => b?["reply"]?["id"]?.GetValue<string>()).ToList();
        if (ids.Distinct().Count() != ids.Count) return "Button ids must be unique.";
        return null;
    }

    /// <summary>Meta's limits on lists: 10 rows, titles of 24, descriptions of 72, a button of 20 characters.</summary>
    private static string? InvalidList(JsonNode? interactive)
    {
        var rows = interactive?["action"]?["sections"]?.AsArray().SelectMany(s => s?["rows"]?.AsArray() ?? []).ToList() ?? [];
        if (rows.Count is 0 or > 10) return $"A list needs 1 to 10 rows, not {rows.Count}.";
        if ((interactive?["action"]?["button"]?.GetValue<string>().Length ?? 0) is 0 or > 20) return "Button label must be 1 to 20 characters.";
        if (rows.Any(r => (r?["title"]?.GetValue<string>().Length ?? 0) > 24)) return "Row title is longer than 24 characters.";
        if (rows.Any(r => (r?["description"]?.GetValue<string>().Length ?? 0) > 72)) return "Row description is longer than 72 characters.";
        return null;
    }

    private static IResult Error(int status, int code, string message) => Results.Json(new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["message"] = message,
            ["type"] = "OAuthException",
            ["code"] = code,
            ["error_data"] = new JsonObject { ["messaging_product"] = "whatsapp", ["details"] = message },
            ["fbtrace_id"] = "AbCdEfFake",
        },
    }, statusCode: status);

    public ValueTask DisposeAsync() => new(FakeHost.StopAsync(app));
}
