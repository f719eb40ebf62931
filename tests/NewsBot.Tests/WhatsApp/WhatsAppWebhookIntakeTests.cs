using System.Net;
using System.Net.Http.Headers;
using NewsBot.Chat.WhatsApp;
using NewsBot.Tests.EndToEnd;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.WhatsApp;

/// <summary>
/// The webhook of a running bot against bodies that are not Meta's (too large, unsigned, mis-signed, too slow): each is
/// refused as early as it can be, without waiting for or holding the whole body.
/// </summary>
public sealed class WhatsAppWebhookIntakeTests : IAsyncLifetime
{
    private const string AppSecret = "intake-test-secret";
    private const string WellFormedButWrong = "sha256=0000000000000000000000000000000000000000000000000000000000000000";
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(15);
    private readonly BotDatabase database = new();
    private FakeGraphApiServer graph = null!;
    private RunningBot bot = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphApiServer.StartAsync();
        bot = await RunningBot.StartAsync(new Dictionary<string, string?>(graph.BotSettings(AppSecret))
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Sample:Enabled"] = "false",
            ["WhatsApp:WebhookReadTimeout"] = "00:00:01",
        });
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
    public async Task An_unsigned_chunked_body_is_answered_401_and_an_oversized_one_413_at_the_limit()
    {
        await using (var small = await RawWebhookPost.StartAsync(bot.BaseUrl, signature: null, contentLength: null))
        {
            await small.SendChunksAsync(64 * 1024, finish: true);
            Assert.Equal(401, await small.ReadStatusAsync(AnswerWithin));
        }

        await using var large = await RawWebhookPost.StartAsync(bot.BaseUrl, signature: null, contentLength: null);
        _ = large.SendChunksAsync(2 * WhatsAppWebhookBody.MaxBytes);
        // The closing chunk never comes: an answer at all means the server stopped counting at the limit.
        Assert.Equal(413, await large.ReadStatusAsync(AnswerWithin));
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

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
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

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await graph.DisposeAsync();
        database.Dispose();
    }
}
