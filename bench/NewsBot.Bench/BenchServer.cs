using System.Collections.Concurrent;
using System.Text.Json;

namespace NewsBot.Bench;

/// <summary>
/// A lean fake Bot API for load: answers sendMessage like Telegram, optionally enforces Telegram's limits (429 with
/// retry_after when the bot goes faster than the global limit, or sends a second message to a chat within one second), optionally injects 5xx answers and connection resets, and counts what each chat received.
/// </summary>
public static class BenchServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var globalLimit = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        var faultRate = double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
        var perChatSeconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
        var state = new ServerState(globalLimit, faultRate, perChatSeconds);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/bot{token}/sendMessage", async (HttpContext context) =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            var chatId = body.RootElement.GetProperty("chat_id").GetInt64();
            var (status, json) = state.Handle(chatId, context);
            if (status == 0) return;
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        });
        // WhatsApp Cloud API: POST /{version}/{phone number id}/messages with Meta's rate-limit errors.
        app.MapPost("/{version}/{phoneNumberId}/messages", async (HttpContext context) =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            var to = body.RootElement.GetProperty("to").GetString()!;
            var (status, json) = state.Handle(long.Parse(to, System.Globalization.CultureInfo.InvariantCulture), context);
            if (status == 0) return;
            context.Response.StatusCode = status == 200 ? 200 : status == 429 ? 400 : status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(status switch
            {
                200 => $$$"""{"messaging_product":"whatsapp","contacts":[{"input":"{{{to}}}","wa_id":"{{{to}}}"}],"messages":[{"id":"wamid.{{{Guid.NewGuid():N}}}"}]}""",
                429 => """{"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,"fbtrace_id":"bench"}}""",
                _ => """{"error":{"message":"Service temporarily unavailable","type":"OAuthException","code":131000,"fbtrace_id":"bench"}}""",
            });
        });
        app.MapGet("/stats", () => Results.Json(state.Stats()));
        await app.StartAsync();
        var address = app.Urls.First();
        Console.WriteLine($"READY {address}");
        await Task.Delay(Timeout.Infinite, app.Lifetime.ApplicationStopping).ContinueWith(_ => { }, TaskScheduler.Default);
        return 0;
    }

    private sealed class ServerState(int globalLimit, double faultRate, double perChatSeconds)
    {
        private readonly ConcurrentDictionary<long, int> received = new();
        private readonly ConcurrentDictionary<long, long> lastTicksPerChat = new();
        private readonly Lock gate = new();
        private double tokens = globalLimit;
        private long lastRefillTicks = DateTime.UtcNow.Ticks;
        private int messageId;
        private int tooMany;
        private int faults;
        private int resets;
        private readonly ConcurrentQueue<long> admittedTicks = new();

        public (int Status, string Json) Handle(long chatId, HttpContext context)
        {
            var roll = Random.Shared.NextDouble();
            if (roll < faultRate / 2)
            {
                Interlocked.Increment(ref resets);
                context.Abort();
                return (0, "");
            }

            if (roll < faultRate)
            {
                Interlocked.Increment(ref faults);
                return (500, """{"ok":false,"error_code":500,"description":"Internal Server Error"}""");
            }

            if (globalLimit > 0 && !Admit(chatId))
            {
                Interlocked.Increment(ref tooMany);
                return (429, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}}""");
            }

            received.AddOrUpdate(chatId, 1, (_, n) => n + 1);
            admittedTicks.Enqueue(DateTime.UtcNow.Ticks);
            var id = Interlocked.Increment(ref messageId);
            var date = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            return (200, $$$"""{"ok":true,"result":{"message_id":{{{id}}},"date":{{{date}}},"chat":{"id":{{{chatId}}},"type":"private"},"text":"ok"}}""");
        }

        private bool Admit(long chatId)
        {
            var now = DateTime.UtcNow.Ticks;
            lock (gate)
            {
                // "30 messages per second": a bucket of 30 refilled at 30 a second. Sustained speed is capped exactly,
                // and no more than one second's worth can ever arrive at once.
                tokens = Math.Min(globalLimit, tokens + (now - lastRefillTicks) * globalLimit / (double)TimeSpan.TicksPerSecond);
                lastRefillTicks = now;
                if (tokens < 1) return false;
                if (lastTicksPerChat.TryGetValue(chatId, out var last) && last > now - (long)(TimeSpan.TicksPerSecond * perChatSeconds)) return false;
                tokens -= 1;
                lastTicksPerChat[chatId] = now;
                return true;
            }
        }

        public ServerStats Stats() => new(
            received.Values.Sum(), received.Count, received.Values.Sum(n => n - 1), Volatile.Read(ref tooMany),
            Volatile.Read(ref faults), Volatile.Read(ref resets), SustainedRate());

        /// <summary>Messages per second between the 5th and the 95th percentile of arrivals: warm-up and tail left out.</summary>
        private double SustainedRate()
        {
            var ticks = admittedTicks.Order().ToArray();
            if (ticks.Length < 20) return 0;
            var (from, to) = (ticks.Length / 20, ticks.Length * 19 / 20);
            return (to - from) / TimeSpan.FromTicks(ticks[to] - ticks[from]).TotalSeconds;
        }
    }
}

/// <param name="SustainedPerSecond">Arrival rate between the 5th and 95th percentile of messages (warm-up and tail left out).</param>
public sealed record ServerStats(int Received, int UniqueChats, int Duplicates, int TooManyRequests, int ServerErrors, int Resets, double SustainedPerSecond);
