using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;
using NewsBot.Tests.WhatsApp;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// The citizens' commands through the signed WhatsApp webhook and the fake Graph API: a wa.me deep link, the topic
/// picker as an interactive list, and erasure confirmed with reply buttons.
/// </summary>
public sealed class CitizensWhatsAppEndToEndTests : IAsyncLifetime
{
    private const string AppSecret = "citizens-test-secret";
    private const string User = "6281300000001";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly BotDatabase database = new();
    private FakeGraphApiServer graph = null!;
    private RunningBot bot = null!;
    private WhatsAppWebhookSender webhook = null!;
    private int nextId;

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

    /// <summary>A chosen list row ("list_reply") or pressed reply button ("button_reply"), as Meta posts it.</summary>
    private Task<HttpResponseMessage> ChooseAsync(string kind, string id, string title) =>
        webhook.PostAsync(WhatsAppWebhookSender.Envelope(new JsonObject
        {
            ["contacts"] = new JsonArray(new JsonObject { ["profile"] = new JsonObject { ["name"] = "Warga" }, ["wa_id"] = User }),
            ["messages"] = new JsonArray(new JsonObject
            {
                ["context"] = new JsonObject { ["from"] = WhatsAppWebhookSender.PhoneNumberId, ["id"] = "wamid.picker" },
                ["from"] = User,
                ["id"] = $"wamid.choice{Interlocked.Increment(ref nextId)}",
                ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                ["type"] = "interactive",
                ["interactive"] = new JsonObject { ["type"] = kind, [kind] = new JsonObject { ["id"] = id, ["title"] = title } },
            }),
        }));

    /// <summary>Waits for the next message to the user after the <paramref name="already"/> ones seen so far.</summary>
    private async Task<WhatsAppSentMessage> NextAsync(int already)
    {
        await graph.WaitForMessageAsync(_ => graph.SentMessages.Count(m => m.To == User) > already, Wait);
        return graph.SentMessages.Where(m => m.To == User).ElementAt(already);
    }

    private int Sent => graph.SentMessages.Count(m => m.To == User);

    private async Task<List<string>> TagsAsync()
    {
        await using var db = bot.OpenDatabase();
        return await db.SubscriberTags.Select(t => t.Tag).OrderBy(t => t).ToListAsync();
    }

    [Fact]
    public async Task A_wa_me_link_text_LANGGANAN_subscribes_to_a_topic_that_has_no_news_yet()
    {
        // https://wa.me/<number>?text=LANGGANAN%20banjir opens WhatsApp with this text typed in.
        Assert.Equal(HttpStatusCode.OK, (await webhook.SendTextAsync(User, "LANGGANAN banjir")).StatusCode);

        var reply = await NextAsync(0);

        Assert.Contains("berlangganan: banjir", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["banjir"], await TagsAsync());
    }

    [Fact]
    public async Task TOPIK_is_a_list_of_ten_rows_at_most_whose_rows_add_and_remove_topics_and_turn_pages()
    {
        await using (var db = bot.OpenDatabase())
        {
            var source = Seed.Source(db);
            for (var i = 1; i <= 10; i++) Seed.Article(db, source, $"Berita {i}", $"topik{i:00}");
        }

        await webhook.SendTextAsync(User, "TOPIK");
        var first = await NextAsync(0);
        Assert.Equal("interactive", first.Type);
        Assert.Equal(9, first.Parameters.Count);
        Assert.Equal("/topik +topik01 1", first.Parameters[0]);
        Assert.Equal("/topik 2", first.Parameters[^1]);
        Assert.Contains("• topik01 (1)", first.Text, StringComparison.Ordinal);

        await ChooseAsync("list_reply", "/topik +topik01 1", "topik01");
        var marked = await NextAsync(1);
        Assert.StartsWith("✅ Anda berlangganan: topik01", marked.Text, StringComparison.Ordinal);
        Assert.Contains("✅ topik01 (1)", marked.Text, StringComparison.Ordinal);
        Assert.Equal("/topik -topik01 1", marked.Parameters[0]);
        Assert.Equal(["topik01"], await TagsAsync());

        await ChooseAsync("list_reply", "/topik 2", "▶ Berikutnya");
        var second = await NextAsync(2);
        Assert.Equal(["/topik +topik09 2", "/topik +topik10 2", "/topik 1"], second.Parameters);

        await ChooseAsync("list_reply", "/topik -topik01 1", "✅ topik01");
        await NextAsync(3);
        Assert.Empty(await TagsAsync());
    }

    [Fact]
    public async Task HAPUSDATA_asks_with_two_reply_buttons_and_the_confirm_button_erases_everything_held()
    {
        await webhook.SendTextAsync(User, "LANGGANAN ekonomi");
        await NextAsync(0);

        await webhook.SendTextAsync(User, "HAPUSDATA");
        var question = await NextAsync(1);
        Assert.Equal("interactive", question.Type);
        Assert.Equal(["/hapusdata ya", "/hapusdata batal"], question.Parameters);

        await ChooseAsync("button_reply", "/hapusdata ya", "Ya, hapus");
        var erased = await NextAsync(2);
        Assert.StartsWith("Semua data chat ini telah dihapus.", erased.Text, StringComparison.Ordinal);
        await bot.WaitUntilAsync(db => db.WhatsAppInbound.All(i => i.ProcessedUtc != null), Wait, "the inbox processed");

        await using var db = bot.OpenDatabase();
        Assert.Empty(db.Subscribers);
        Assert.Empty(db.SubscriberTags);
        Assert.DoesNotContain(await db.WhatsAppInbound.Select(i => i.Payload).ToListAsync(), payload => payload.Contains(User, StringComparison.Ordinal));
        Assert.Equal(3, Sent);
    }

    public async Task DisposeAsync()
    {
        webhook.Dispose();
        await bot.DisposeAsync();
        await graph.DisposeAsync();
        database.Dispose();
    }
}
