using NewsBot.Tests.EndToEnd;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;
using NewsBot.Tests.WhatsApp;

namespace NewsBot.Tests.Chat;

/// <summary>
/// /cari through the whole app: an article published on the fake news site is polled, stored, indexed with its stems,
/// and found by a citizen in Telegram (fake Bot API over HTTP) and in WhatsApp (signed webhook).
/// </summary>
public sealed class SearchEndToEndTests : IAsyncLifetime
{
    private const string AppSecret = "test-app-secret";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly BotDatabase database = new();
    private FakeTelegramServer telegram = null!;
    private FakeGraphApiServer graph = null!;
    private FakeNewsSite site = null!;
    private RunningBot bot = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeTelegramServer.StartAsync();
        graph = await FakeGraphApiServer.StartAsync();
        site = await FakeNewsSite.StartAsync();
        site.Publish(new FakeArticle("banjir-sayung", "Ratusan Rumah di Sayung Kebanjiran",
            "<p>Demak – Air setinggi lutut merendam permukiman warga Sayung sejak Senin pagi.</p>", ["bencana"], DateTimeOffset.UtcNow.AddDays(-1)));
        site.Publish(new FakeArticle("pasar-murah", "Pasar Murah Digelar di Alun-Alun",
            "<p>Demak – Harga beras dan minyak goreng lebih rendah dari harga pasar.</p>", ["ekonomi"], DateTimeOffset.UtcNow.AddDays(-2)));
        bot = await RunningBot.StartAsync(new Dictionary<string, string?>(
            telegram.BotSettings().Concat(graph.BotSettings(AppSecret)))
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Sources:Feeds:0:Name"] = "Kabupaten Demak (fake)",
            ["Sources:Feeds:0:Url"] = site.FeedUrl.ToString(),
            ["Sources:Feeds:0:PollIntervalSeconds"] = "1",
            ["Scheduling:SourceCheckInterval"] = "00:00:00.500",
            ["Fetching:Timeout"] = "00:00:05",
        });
        // The back catalogue of the first poll is stored (never broadcast) and searchable.
        await bot.WaitUntilAsync(db => db.Articles.Count() == 2, Timeout, "the first poll stored the back catalogue");
    }

    [Fact]
    public async Task Telegram_search_finds_the_stemmed_word_and_answers_every_odd_query()
    {
        (long Chat, string Command, string Language, string Expected)[] exchanges =
        [
            (5001, "/cari banjir", "id", "Hasil pencarian \"banjir\":\n\n1. Ratusan Rumah di Sayung Kebanjiran\n"),
            (5002, "/search flood", "en", "No article matches \"flood\". Try another word, or see /latest."),
            (5003, "/cari", "id", "Tulis kata yang dicari, misalnya: /cari banjir"),
            (5004, "/cari yang dan di", "id", "\"yang dan di\" hanya berisi kata umum atau tanda baca."),
            (5005, "/cari \"banjir* NEAR(", "id", "Hasil pencarian \"\"banjir* NEAR(\":\n"),
            (5006, "/cari harga beras", "id", "Hasil pencarian \"harga beras\":\n\n1. Pasar Murah Digelar di Alun-Alun\n"),
        ];
        foreach (var (chat, command, language, _) in exchanges) telegram.EnqueueMessage(chat, command, language);

        foreach (var (chat, command, _, expected) in exchanges)
        {
            var answer = await telegram.WaitForMessageAsync(m => m.ChatId == chat, Timeout);
            Assert.True(answer.Text.StartsWith(expected, StringComparison.Ordinal), $"{command} answered: {answer.Text}");
        }

        var found = telegram.SentMessages.Single(m => m.ChatId == 5001).Text;
        Assert.Contains(site.BaseUrl + "berita/banjir-sayung", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Pasar Murah", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_article_is_found_as_soon_as_it_is_stored_and_WhatsApp_users_search_by_typing_the_word()
    {
        site.Publish(new FakeArticle("tanggul", "Tanggul Sungai Wulan Diperbaiki Setelah Banjir",
            "<p>Demak – Perbaikan tanggul ditargetkan selesai sebelum puncak musim hujan.</p>", ["bencana"], DateTimeOffset.UtcNow));
        await bot.WaitUntilAsync(db => db.Articles.Count() == 3, Timeout, "the new article stored");
        using var webhook = new WhatsAppWebhookSender(bot.BaseUrl, AppSecret);

        await webhook.SendTextAsync("6281100000051", "CARI kebanjiran");

        var answer = await graph.WaitForMessageAsync(m => m.To == "6281100000051", Timeout);
        Assert.StartsWith("Hasil pencarian \"kebanjiran\":", answer.Text, StringComparison.Ordinal);
        // "kebanjiran" and "Banjir" share the stem "banjir"; the article stored a moment ago is already indexed.
        Assert.Contains("Tanggul Sungai Wulan Diperbaiki Setelah Banjir", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Ratusan Rumah di Sayung Kebanjiran", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pasar Murah", answer.Text, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await site.DisposeAsync();
        await graph.DisposeAsync();
        await telegram.DisposeAsync();
        database.Dispose();
    }
}
