using System.Net;
using System.Text.Json.Nodes;
using NewsBot.Storage;
using NewsBot.Tests.EndToEnd;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.WhatsApp;

/// <summary>The webhook of a running bot with the payload shapes Meta sends (list replies, redeliveries, statuses).</summary>
public sealed class WhatsAppWebhookTests : IAsyncLifetime
{
    private const string AppSecret = "webhook-test-secret";
    private const string User = "6281200000009";
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

    private static string ListReply(string wamid, string rowId) => WhatsAppWebhookSender.Envelope(new JsonObject
    {
        ["contacts"] = new JsonArray(new JsonObject { ["profile"] = new JsonObject { ["name"] = "Warga" }, ["wa_id"] = User }),
        ["messages"] = new JsonArray(new JsonObject
        {
            ["context"] = new JsonObject { ["from"] = WhatsAppWebhookSender.PhoneNumberId, ["id"] = "wamid.list" },
            ["from"] = User,
            ["id"] = wamid,
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["type"] = "interactive",
            ["interactive"] = new JsonObject
            {
                ["type"] = "list_reply",
                ["list_reply"] = new JsonObject { ["id"] = rowId, ["title"] = "kesehatan" },
            },
        }),
    });

    [Fact]
    public async Task A_chosen_list_row_subscribes_and_a_redelivered_webhook_is_carried_out_once()
    {
        var body = ListReply("wamid.choice1", "LANGGANAN kesehatan");

        Assert.Equal(HttpStatusCode.OK, (await webhook.PostAsync(body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await webhook.PostAsync(body)).StatusCode);
        await graph.WaitForMessageAsync(m => m.To == User && m.Text!.Contains("berlangganan: kesehatan", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        // Both copies were stored before they were answered; once everything stored is processed, a second answer would
        // be queued in the chat, and out once the chat's queue is.
        await bot.WaitUntilAsync(db => db.WhatsAppInbound.All(i => i.ProcessedUtc != null), TimeSpan.FromSeconds(20), "the inbox drained");
        await bot.WaitForQueuedAnswersAsync(ChannelKind.WhatsApp, User, TimeSpan.FromSeconds(20));

        Assert.Single(graph.SentMessages, m => m.To == User);
        await using var db = bot.OpenDatabase();
        var subscriber = db.Subscribers.Single();
        Assert.Equal(["kesehatan"], db.SubscriberTags.Select(t => t.Tag).ToList());
        Assert.NotNull(subscriber.LastInboundUtc);
        Assert.Single(db.WhatsAppInbound);
    }

    [Fact]
    public async Task TOPIK_answers_with_the_topics_and_an_interactive_list_within_WhatsApps_limits()
    {
        await using (var db = bot.OpenDatabase())
        {
            var source = Seed.Source(db);
            Seed.Article(db, source, "Pasar murah", "ekonomi");
            Seed.Article(db, source, "Posyandu", "kesehatan-ibu-dan-anak-kabupaten-demak");
        }

        await webhook.SendTextAsync(User, "TOPIK");
        var list = await graph.WaitForMessageAsync(m => m.To == User && m.Type == "interactive", TimeSpan.FromSeconds(20));

        // One message: the counts as the list's text, and a row per topic whose id subscribes to it.
        Assert.Single(graph.SentMessages, m => m.To == User);
        Assert.Contains("• ekonomi (1)", list.Text, StringComparison.Ordinal);
        Assert.Equal(["/topik +ekonomi 1", "/topik +kesehatan-ibu-dan-anak-kabupaten-demak 1"], list.Parameters.Order());
    }

    [Fact]
    public async Task Stopping_marketing_messages_in_WhatsApp_unsubscribes_without_an_answer()
    {
        await webhook.SendTextAsync(User, "LANGGANAN ekonomi banjir");
        await bot.WaitUntilAsync(db => db.SubscriberTags.Count() == 2, TimeSpan.FromSeconds(20), "subscribed");
        var stop = WhatsAppWebhookSender.Envelope(new JsonObject
        {
            ["user_preferences"] = new JsonArray(new JsonObject
            {
                ["wa_id"] = User, ["detail"] = "User requested to stop marketing messages",
                ["category"] = "marketing_messages", ["value"] = "stop", ["timestamp"] = 1731705721,
            }),
        });

        Assert.Equal(HttpStatusCode.OK, (await webhook.PostAsync(stop)).StatusCode);
        await bot.WaitUntilAsync(db => !db.SubscriberTags.Any(), TimeSpan.FromSeconds(20), "unsubscribed");
        // An answer to the stop, if there were one, would be sent or queued in the chat before the item counts as processed.
        await bot.WaitUntilAsync(db => db.WhatsAppInbound.All(i => i.ProcessedUtc != null), TimeSpan.FromSeconds(20), "the inbox drained");
        await bot.WaitForQueuedAnswersAsync(ChannelKind.WhatsApp, User, TimeSpan.FromSeconds(20));

        Assert.Single(graph.SentMessages, m => m.To == User);
    }

    [Fact]
    public async Task Media_and_other_fields_are_accepted_without_an_answer()
    {
        var image = WhatsAppWebhookSender.Envelope(new JsonObject
        {
            ["messages"] = new JsonArray(new JsonObject
            {
                ["from"] = User, ["id"] = "wamid.image", ["timestamp"] = "1730689200", ["type"] = "image",
                ["image"] = new JsonObject { ["mime_type"] = "image/jpeg", ["id"] = "1234" },
            }),
        });

        Assert.Equal(HttpStatusCode.OK, (await webhook.PostAsync(image)).StatusCode);
        await bot.WaitUntilAsync(db => db.WhatsAppInbound.All(i => i.ProcessedUtc != null), TimeSpan.FromSeconds(10), "the inbox drained");

        Assert.Empty(graph.SentMessages);
    }

    public async Task DisposeAsync()
    {
        webhook.Dispose();
        await bot.DisposeAsync();
        await graph.DisposeAsync();
        database.Dispose();
    }
}
