using System.Net;
using System.Text.Json.Nodes;
using NewsBot.Storage;
using NewsBot.Tests.EndToEnd;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.WhatsApp;

/// <summary>
/// Meta retries a webhook it thinks we missed, sometimes several copies in parallel: every copy is answered 200 and each
/// item of it is carried out once.
/// </summary>
public sealed class WhatsAppWebhookRedeliveryTests : IAsyncLifetime
{
    private const string AppSecret = "redelivery-test-secret";
    private readonly BotDatabase database = new();
    private FakeGraphApiServer graph = null!;
    private RunningBot bot = null!;
    private WhatsAppWebhookSender webhook = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphApiServer.StartAsync();
        bot = await RunningBot.StartAsync(new Dictionary<string, string?>(graph.BotSettings(AppSecret))
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Sample:Enabled"] = "false",
        });
        webhook = new WhatsAppWebhookSender(bot.BaseUrl, AppSecret);
    }

    [Fact]
    public async Task The_same_webhook_of_several_items_delivered_ten_times_at_once_is_answered_200_and_carried_out_once()
    {
        string[] users = ["6281200000011", "6281200000012", "6281200000013"];
        var body = SeveralItems(users);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => webhook.PostAsync(body)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await bot.WaitUntilAsync(db => db.WhatsAppInbound.Count(i => i.ProcessedUtc != null) == users.Length + 2, TimeSpan.FromSeconds(20), "all items processed");
        // Every item has been carried out and its answer queued; a second answer to a chat, if an item were carried out
        // twice, would be queued before this point and out once the chat's queue is.
        foreach (var user in users) await bot.WaitForQueuedAnswersAsync(ChannelKind.WhatsApp, user, TimeSpan.FromSeconds(20));
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
