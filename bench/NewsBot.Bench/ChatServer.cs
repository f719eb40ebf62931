using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Bench;

/// <summary>
/// A fake Bot API for chat load, run as its own process: it hands the bot citizens' commands through getUpdates (long
/// polling, as Telegram does), enforces Telegram's limits strictly (at most 30 requests in any one second, one a second
/// per chat, 429 with retry_after), remembers every penalty it gave and counts each request the bot makes while one is
/// running. It tells answers from news by a marker word in the news title, and serves failing feeds under /feeds/.
/// </summary>
public static class ChatServer
{
    /// <summary>The word every benchmark news title carries, so the server can tell news from answers.</summary>
    public const string NewsMarker = "SIAGA";

    public static async Task<int> RunAsync()
    {
        var state = new ChatServerState();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/bot{token}/{method}", async (string method, HttpContext context) =>
        {
            var body = await ReadArgsAsync(context.Request);
            var (status, json) = await state.HandleAsync(method.ToLowerInvariant(), body, context.RequestAborted);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        });
        app.MapPost("/inject", (int from, int count, double seconds, string text) => state.Inject(from, count, seconds, text));
        app.MapGet("/stats", () => Results.Json(state.Stats()));
        app.MapPost("/reset-latencies", state.ResetLatencies);
        app.MapGet("/texts/{chatId:long}", (long chatId) => Results.Json(state.TextsTo(chatId)));
        app.MapGet("/feeds/{id:int}", () => Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        await app.StartAsync();
        Console.WriteLine($"READY {app.Urls.First()}");
        await Task.Delay(Timeout.Infinite, app.Lifetime.ApplicationStopping).ContinueWith(_ => { }, TaskScheduler.Default);
        return 0;
    }

    private static async Task<JsonObject> ReadArgsAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return new JsonObject(form.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(f.Value.ToString()))));
        }

        return await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
    }

    public static long Long(JsonObject args, string name) => args[name] switch
    {
        JsonValue value when value.TryGetValue<long>(out var number) => number,
        JsonValue value when long.TryParse(value.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => 0,
    };

    public static string Ok(JsonNode result) => new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString();

    public static string Json(object value) => JsonSerializer.Serialize(value);
}

/// <summary>What the chat server saw: the updates it hands out, and every request with its verdict.</summary>
public sealed class ChatServerState
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly Lock gate = new();
    private readonly List<JsonObject> updates = [];
    private readonly Queue<DateTime> global = new();
    private readonly Dictionary<long, DateTime> lastPerChat = [];
    private readonly Dictionary<long, DateTime> chatPenalties = [];
    private readonly ConcurrentDictionary<long, DateTime> askedAt = new();
    private readonly List<(long Chat, DateTime At, bool News, string Text)> accepted = [];
    private readonly List<double> replyLatencies = [];
    private DateTime accountPenalty;
    private readonly SemaphoreSlim newUpdates = new(0);
    private int tooMany;
    private int whilePenalised;
    private long nextMessageId = 1;

    public IResult Inject(int from, int count, double seconds, string text)
    {
        // Spread evenly over the given seconds, as people typing at a town event would.
        _ = Task.Run(async () =>
        {
            var started = DateTime.UtcNow;
            for (var i = 0; i < count; i++)
            {
                var due = started + TimeSpan.FromSeconds(seconds * i / count);
                if (due > DateTime.UtcNow) await Task.Delay(due - DateTime.UtcNow);
                AddUpdate(from + i, text);
            }
        });
        return Results.Ok();
    }

    private void AddUpdate(long chatId, string text)
    {
        var now = DateTime.UtcNow;
        askedAt[chatId] = now;
        var unix = new DateTimeOffset(now).ToUnixTimeSeconds();
        var command = text.Split(' ')[0];
        lock (gate)
        {
            var id = updates.Count + 1;
            updates.Add(new JsonObject
            {
                ["update_id"] = id,
                ["message"] = new JsonObject
                {
                    ["message_id"] = id,
                    ["date"] = unix,
                    ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Warga" },
                    ["from"] = new JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "Warga", ["language_code"] = "id" },
                    ["text"] = text,
                    ["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = command.Length }),
                },
            });
            newUpdates.Release();
        }
    }

    public async Task<(int Status, string Json)> HandleAsync(string method, JsonObject args, CancellationToken cancellationToken)
    {
        switch (method)
        {
            case "getme":
                return (200, ChatServer.Ok(new JsonObject { ["id"] = 1, ["is_bot"] = true, ["first_name"] = "Bench", ["username"] = "bench_bot" }));
            case "getupdates":
                return (200, ChatServer.Ok(await UpdatesAsync(ChatServer.Long(args, "offset"), (int)ChatServer.Long(args, "timeout"), cancellationToken)));
            case "sendmessage" or "editmessagetext":
                return Message(ChatServer.Long(args, "chat_id"), args["text"]?.ToString() ?? "");
            case "answercallbackquery":
                return Admit(null) is { } wait ? TooMany(wait) : (200, ChatServer.Ok(true));
            default:
                return (200, ChatServer.Ok(true));
        }
    }

    private async Task<JsonArray> UpdatesAsync(long offset, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(timeoutSeconds);
        while (true)
        {
            lock (gate)
            {
                var first = (int)Math.Max(0, offset - 1);
                if (first < updates.Count) return new JsonArray([.. updates.Skip(first).Take(100).Select(u => u.DeepClone())]);
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) return [];
            try
            {
                await newUpdates.WaitAsync(left, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return [];
            }
        }
    }

    private (int Status, string Json) Message(long chatId, string text)
    {
        if (Admit(chatId) is { } wait) return TooMany(wait);
        var now = DateTime.UtcNow;
        var news = text.Contains(ChatServer.NewsMarker, StringComparison.Ordinal);
        long id;
        lock (gate)
        {
            accepted.Add((chatId, now, news, text));
            if (!news && askedAt.TryRemove(chatId, out var asked)) replyLatencies.Add((now - asked).TotalSeconds);
            id = nextMessageId++;
        }

        return (200, ChatServer.Ok(new JsonObject
        {
            ["message_id"] = id,
            ["date"] = new DateTimeOffset(now).ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
            ["text"] = text,
        }));
    }

    /// <summary>Null when the request is within the limits; else the seconds to wait, and the penalty is remembered.</summary>
    private int? Admit(long? chatId)
    {
        var now = DateTime.UtcNow;
        lock (gate)
        {
            if (now < accountPenalty || (chatId is { } penalised && chatPenalties.TryGetValue(penalised, out var until) && now < until)) whilePenalised++;
            while (global.Count > 0 && global.Peek() <= now - Second) global.Dequeue();
            var globalWait = global.Count >= 30 ? global.Peek() + Second - now : TimeSpan.Zero;
            var chatWait = chatId is { } chat && lastPerChat.TryGetValue(chat, out var last) && last > now - Second ? last + Second - now : TimeSpan.Zero;
            if (globalWait <= TimeSpan.Zero && chatWait <= TimeSpan.Zero)
            {
                global.Enqueue(now);
                if (chatId is { } sent) lastPerChat[sent] = now;
                return null;
            }

            tooMany++;
            var retryAfter = Math.Max(1, (int)Math.Ceiling((globalWait > chatWait ? globalWait : chatWait).TotalSeconds));
            if (globalWait > TimeSpan.Zero) accountPenalty = now + TimeSpan.FromSeconds(retryAfter);
            else chatPenalties[chatId!.Value] = now + TimeSpan.FromSeconds(retryAfter);
            return retryAfter;
        }
    }

    private static (int, string) TooMany(int retryAfter) => (429, new JsonObject
    {
        ["ok"] = false, ["error_code"] = 429, ["description"] = $"Too Many Requests: retry after {retryAfter}",
        ["parameters"] = new JsonObject { ["retry_after"] = retryAfter },
    }.ToJsonString());

    /// <summary>Starts the answer latencies afresh, so that a later burst is measured on its own.</summary>
    public void ResetLatencies()
    {
        lock (gate) replyLatencies.Clear();
    }

    public List<string> TextsTo(long chatId)
    {
        lock (gate) return [.. accepted.Where(a => a.Chat == chatId).Select(a => a.Text)];
    }

    public ChatServerStats Stats()
    {
        lock (gate)
        {
            var replies = accepted.Where(a => !a.News).ToList();
            var news = accepted.Where(a => a.News).Select(a => a.At).Order().ToList();
            var latencies = replyLatencies.Order().ToList();
            return new ChatServerStats(
                replies.Count, replies.Select(r => r.Chat).Distinct().Count(), news.Count, tooMany, whilePenalised,
                Percentile(latencies, 0.5), Percentile(latencies, 0.95), latencies.Count == 0 ? 0 : latencies[^1],
                replies.Count == 0 ? null : replies.Max(r => r.At), news.Count == 0 ? null : news[^1], Sustained(news));
        }
    }

    private static double Percentile(List<double> sorted, double share) => sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, sorted.Count * share)];

    private static double Sustained(List<DateTime> arrivals)
    {
        if (arrivals.Count < 20) return 0;
        var (from, to) = (arrivals.Count / 20, arrivals.Count * 19 / 20);
        return (to - from) / (arrivals[to] - arrivals[from]).TotalSeconds;
    }
}

/// <param name="ReplyLatencyMedian">Seconds from a citizen's command reaching the server to the bot's answer.</param>
public sealed record ChatServerStats(
    int Replies, int ChatsAnswered, int News, int TooManyRequests, int RequestsWhilePenalised,
    double ReplyLatencyMedian, double ReplyLatencyP95, double ReplyLatencyMax, DateTime? LastReplyAt, DateTime? LastNewsAt,
    double NewsSustainedPerSecond);
