using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Chat.WhatsApp;
using NewsBot.Tests.EndToEnd;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.WhatsApp;

/// <summary>
/// The webhook of a running bot against bodies that are not Meta's (too large, unsigned, mis-signed, too slow) and
/// against Meta's own parallel redeliveries: refused early without holding the body, or carried out once.
/// </summary>
public sealed class WhatsAppWebhookIntakeTests : IAsyncLifetime
{
    private const string AppSecret = "intake-test-secret";
    private const string WellFormedButWrong = "sha256=0000000000000000000000000000000000000000000000000000000000000000";
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(15);
    private readonly TempFile database = new();
    private FakeGraphApiServer graph = null!;
    private RunningBot bot = null!;
    private WhatsAppWebhookSender webhook = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphApiServer.StartAsync();
        bot = await RunningBot.StartAsync(new Dictionary<string, string?>(graph.BotSettings(AppSecret))
        {
            ["Storage:ConnectionString"] = $"Data Source={database.Path}",
            ["Sample:Enabled"] = "false",
            ["WhatsApp:WebhookReadTimeout"] = "00:00:01",
        });
        webhook = new WhatsAppWebhookSender(bot.BaseUrl, AppSecret);
    }

    [Fact]
    public async Task An_oversized_chunked_body_is_answered_413_once_past_the_limit_without_waiting_for_its_end()
    {
        await using var post = await RawWebhookPost.StartAsync(bot.BaseUrl, WellFormedButWrong, contentLength: null);
        _ = post.SendChunksAsync(2 * WhatsAppWebhookBody.MaxBytes);

        // The closing chunk never comes: an answer at all means the server stopped reading at the limit.
        Assert.Equal(413, await post.ReadStatusAsync(AnswerWithin));
    }

    [Fact]
    public async Task An_unsigned_chunked_body_is_answered_401_before_any_of_it_is_read()
    {
        await using var post = await RawWebhookPost.StartAsync(bot.BaseUrl, signature: null, contentLength: null);
        _ = post.SendChunksAsync(64 * 1024);

        Assert.Equal(401, await post.ReadStatusAsync(AnswerWithin));
    }

    [Fact]
    public async Task A_Content_Length_over_the_limit_is_answered_413_before_a_byte_of_the_body_is_sent()
    {
        await using var post = await RawWebhookPost.StartAsync(bot.BaseUrl, WellFormedButWrong, contentLength: 28L * 1024 * 1024);

        Assert.Equal(413, await post.ReadStatusAsync(AnswerWithin));
    }

    [Fact]
    public async Task A_body_that_trickles_in_faster_than_Kestrels_minimum_rate_is_given_up_at_the_read_deadline()
    {
        await using var post = await RawWebhookPost.StartAsync(bot.BaseUrl, WellFormedButWrong, contentLength: 100_000);
        using var stop = new CancellationTokenSource();
        // 500 bytes a second passes Kestrel's MinRequestBodyDataRate (240) and would take 200 s to finish.
        _ = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await post.SendAsync(new string(' ', 50));
                await Task.Delay(100, stop.Token);
            }
        });

        var status = await post.ReadStatusAsync(AnswerWithin);
        await stop.CancelAsync();

        Assert.Equal(408, status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task HttpClient_sending_28_MB_gets_the_answer_not_a_broken_connection(bool signed)
    {
        using var http = new HttpClient { BaseAddress = bot.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, WhatsAppWebhook.Path.TrimStart('/'))
        {
            Content = new StreamContent(new RepeatingStream(28L * 1024 * 1024)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        if (signed) request.Headers.Add("X-Hub-Signature-256", WellFormedButWrong);

        using var response = await http.SendAsync(request);

        Assert.Equal(signed ? HttpStatusCode.RequestEntityTooLarge : HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_body_signed_with_another_secret_is_refused_and_nothing_is_stored()
    {
        using var stranger = new WhatsAppWebhookSender(bot.BaseUrl, "not-the-app-secret");

        var response = await stranger.SendTextAsync("6281200000001", "LANGGANAN ekonomi");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await using var db = bot.OpenDatabase();
        Assert.Empty(db.WhatsAppInbound);
    }

    [Fact]
    public async Task The_same_webhook_of_several_items_delivered_ten_times_at_once_is_answered_200_and_carried_out_once()
    {
        string[] users = ["6281200000011", "6281200000012", "6281200000013"];
        var body = SeveralItems(users);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => webhook.PostAsync(body)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await bot.WaitUntilAsync(db => db.WhatsAppInbound.Count(i => i.ProcessedUtc != null) == users.Length + 2, TimeSpan.FromSeconds(20), "all items processed");
        // A second answer, if an item were carried out twice, would come within this.
        await Task.Delay(1000);
        Assert.All(users, user => Assert.Single(graph.SentMessages, m => m.To == user));
        await using var db = bot.OpenDatabase();
        Assert.Equal(users.Length + 2, db.WhatsAppInbound.Count());
        Assert.All(db.WhatsAppInbound, item => Assert.Equal(1, item.Attempts));
        Assert.Equal(users.Length, db.SubscriberTags.Count(t => t.Tag == "ekonomi"));
    }

    /// <summary>A command from each user and two statuses of old messages we do not know (looked at once, then dropped).</summary>
    private static string SeveralItems(string[] users)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var messages = new JsonArray([.. users.Select(u => (JsonNode)new JsonObject
        {
            ["from"] = u, ["id"] = "wamid.parallel." + u, ["timestamp"] = now, ["type"] = "text",
            ["text"] = new JsonObject { ["body"] = "LANGGANAN ekonomi" },
        })]);
        var statuses = new JsonArray([.. new[] { "wamid.old1", "wamid.old2" }.Select(id => (JsonNode)new JsonObject
        {
            ["id"] = id, ["status"] = "delivered", ["timestamp"] = "1730689200", ["recipient_id"] = users[0],
        })]);
        return WhatsAppWebhookSender.Envelope(new JsonObject { ["messages"] = messages, ["statuses"] = statuses });
    }

    public async Task DisposeAsync()
    {
        webhook.Dispose();
        await bot.DisposeAsync();
        await graph.DisposeAsync();
        database.Dispose();
    }
}
