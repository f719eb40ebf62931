using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Chat;
using NewsBot.Chat.WhatsApp;
using NewsBot.Delivery;
using NewsBot.Delivery.WhatsApp;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.WhatsApp;

/// <summary>
/// An answer on WhatsApp passes the number's pacer like the news: Meta's 130429 (throughput exceeded) pauses the whole
/// channel for WhatsApp:ThroughputPause, and the answer goes once the pause is over, exactly once.
/// </summary>
public sealed class WhatsAppReplyPacingTests : IAsyncLifetime
{
    private const string Citizen = "6281100000077";
    private readonly HttpClient http = new();
    private readonly ChannelRateLimiters limiters = new(Options.Create(new DeliveryOptions()), TimeProvider.System);
    private FakeGraphApiServer graph = null!;
    private WhatsAppReplySender replies = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphApiServer.StartAsync();
        var options = Options.Create(new WhatsAppOptions
        {
            AccessToken = FakeGraphApiServer.AccessToken,
            PhoneNumberId = FakeGraphApiServer.PhoneNumberId,
            AppSecret = "secret",
            VerifyToken = "verify",
            ApiBaseUrl = graph.BaseUrl.ToString(),
            ThroughputPause = TimeSpan.FromMilliseconds(800),
        });
        replies = new WhatsAppReplySender(new WhatsAppClient(http, options), new WhatsAppErrorMapper(new UndeliverableCounter(), new AdminAlerts(), options),
            new PacedRequests(limiters, NullLogger<PacedRequests>.Instance), NullLogger<WhatsAppReplySender>.Instance);
    }

    [Fact]
    public async Task A_throughput_error_pauses_the_channel_and_the_answer_goes_once_after_the_pause()
    {
        graph.FailNext(Citizen, WhatsAppError.ThroughputExceeded, message: "(#130429) Rate limit hit");
        var started = DateTimeOffset.UtcNow;

        Assert.True(await replies.SendAsync(Citizen, new ChatReply("✅ Anda berlangganan: banjir"), "id", CancellationToken.None));

        var answer = Assert.Single(graph.SentMessages, m => m.To == Citizen);
        Assert.Contains("berlangganan", answer.Text, StringComparison.Ordinal);
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromMilliseconds(750), $"{DateTimeOffset.UtcNow - started}");
        Assert.Null(limiters.For(ChannelKind.WhatsApp).PauseRemaining());
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await limiters.DisposeAsync();
        await graph.DisposeAsync();
    }
}
