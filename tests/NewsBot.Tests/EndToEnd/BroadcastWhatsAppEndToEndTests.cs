using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;
using NewsBot.Tests.WhatsApp;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// An urgent notice from a WhatsApp admin through the signed webhook: the preview arrives with Send / Cancel reply
/// buttons, the pressed button confirms it, subscribers in their window get the text and the others the news template,
/// and the final report comes back to the admin.
/// </summary>
public sealed class BroadcastWhatsAppEndToEndTests : IAsyncLifetime
{
    private const string AppSecret = "test-app-secret";
    private const string AdminNumber = "6281100000900";
    private readonly BotDatabase database = new();
    private FakeGraphApiServer graph = null!;

    public async Task InitializeAsync() => graph = await FakeGraphApiServer.StartAsync();

    [Fact]
    public async Task The_admin_confirms_an_alert_with_the_reply_button_and_hears_the_final_counts()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?>(graph.BotSettings(AppSecret))
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Sample:Enabled"] = "false",
            ["WhatsApp:NewsTemplate:Name"] = "berita_terbaru",
            ["Admins:WhatsApp:Admins:0"] = AdminNumber,
            ["Broadcasts:ProgressCheckInterval"] = "00:00:00.200",
        });
        using var webhook = new WhatsAppWebhookSender(bot.BaseUrl, AppSecret);
        await using (var db = bot.OpenDatabase())
        {
            Subscriber(db, "6281100000001", DateTime.UtcNow.AddMinutes(-5));
            Subscriber(db, "6281100000002", DateTime.UtcNow.AddHours(-1));
            Subscriber(db, "6281100000003", lastInbound: null);
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await webhook.SendTextAsync(AdminNumber, "DARURAT Jembatan Wonorejo ditutup.\nGunakan jalur Karangtengah.")).StatusCode);
        var preview = await graph.WaitForMessageAsync(m => m.To == AdminNumber && m.Type == "interactive", TimeSpan.FromSeconds(20));
        Assert.Contains("untuk semua pelanggan: 3 chat (WhatsApp 3)", preview.Text, StringComparison.Ordinal);
        Assert.Contains("*⚠️ PERINGATAN DARURAT*\n\nJembatan Wonorejo ditutup.\nGunakan jalur Karangtengah.", preview.Text, StringComparison.Ordinal);
        var confirm = Assert.Single(preview.Parameters, p => p.StartsWith("/kirimsiaran ", StringComparison.Ordinal));
        Assert.Contains(preview.Parameters, p => p.StartsWith("/batalsiaran ", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await PressButtonAsync(webhook, confirm, "✅ Kirim")).StatusCode);
        var confirmed = await graph.WaitForMessageAsync(m => m.To == AdminNumber && (m.Text ?? "").Contains("dikonfirmasi", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        Assert.Contains("sedang dikirim ke 3 chat", confirmed.Text, StringComparison.Ordinal);

        var text = await graph.WaitForMessageAsync(m => m.To == "6281100000001" && m.Type == "text", TimeSpan.FromSeconds(20));
        var template = await graph.WaitForMessageAsync(m => m.To == "6281100000003" && m.Type == "template", TimeSpan.FromSeconds(20));
        var report = await graph.WaitForMessageAsync(m => m.To == AdminNumber && (m.Text ?? "").Contains("selesai", StringComparison.Ordinal), TimeSpan.FromSeconds(20));

        Assert.Equal("*⚠️ PERINGATAN DARURAT*\n\nJembatan Wonorejo ditutup.\nGunakan jalur Karangtengah.", text.Text);
        Assert.Equal("berita_terbaru", template.TemplateName);
        Assert.Equal(["⚠️ PERINGATAN DARURAT: Jembatan Wonorejo ditutup.", "-"], template.Parameters);
        Assert.EndsWith("selesai: terkirim 3, gagal 0, memblokir bot 0.", report.Text, StringComparison.Ordinal);

        // The same button pressed again: a polite refusal, and nobody gets the alert twice.
        await PressButtonAsync(webhook, confirm, "✅ Kirim");
        await graph.WaitForMessageAsync(m => m.To == AdminNumber && (m.Text ?? "").Contains("tidak akan dikirim dua kali", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        Assert.Single(graph.SentMessages, m => m.To == "6281100000002");
        Assert.Single(graph.SentMessages, m => m.To == "6281100000003");
    }

    private static void Subscriber(NewsBotDbContext db, string number, DateTime? lastInbound) => db.Subscribers.Add(new Subscriber
    {
        Channel = ChannelKind.WhatsApp,
        ChatId = number,
        CreatedUtc = DateTime.UtcNow,
        UpdatedUtc = DateTime.UtcNow,
        LastInboundUtc = lastInbound,
        Tags = [new SubscriberTag { Tag = "banjir" }],
    });

    /// <summary>What Meta posts when a user taps a reply button: an interactive message carrying the button's id.</summary>
    private static Task<HttpResponseMessage> PressButtonAsync(WhatsAppWebhookSender webhook, string id, string title) =>
        webhook.PostAsync(WhatsAppWebhookSender.Envelope(new JsonObject
        {
            ["contacts"] = new JsonArray(new JsonObject { ["profile"] = new JsonObject { ["name"] = "Admin" }, ["wa_id"] = AdminNumber }),
            ["messages"] = new JsonArray(new JsonObject
            {
                ["from"] = AdminNumber,
                ["id"] = "wamid.press" + Guid.NewGuid().ToString("N"),
                ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                ["type"] = "interactive",
                ["interactive"] = new JsonObject
                {
                    ["type"] = "button_reply",
                    ["button_reply"] = new JsonObject { ["id"] = id, ["title"] = title },
                },
            }),
        }));

    public async Task DisposeAsync()
    {
        await graph.DisposeAsync();
        database.Dispose();
    }
}
