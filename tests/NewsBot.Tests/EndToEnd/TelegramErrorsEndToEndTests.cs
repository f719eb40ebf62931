using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>Telegram's refusals, answered by the fake Bot API over HTTP, as the running bot meets them mid-broadcast.</summary>
public sealed class TelegramErrorsEndToEndTests : IAsyncLifetime
{
    private const long FloodedChat = 2001;
    private const long BlockedChat = 2002;
    private const long HappyChat = 2003;
    private readonly BotDatabase database = new();
    private FakeTelegramServer telegram = null!;
    private FakeNewsSite site = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeTelegramServer.StartAsync();
        site = await FakeNewsSite.StartAsync();
    }

    [Fact]
    public async Task A_flood_wait_delays_and_a_blocked_chat_is_deactivated_while_others_still_get_the_news()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?>(telegram.BotSettings())
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Sources:Feeds:0:Name"] = "Kabupaten Demak (fake)",
            ["Sources:Feeds:0:Url"] = site.FeedUrl.ToString(),
            ["Sources:Feeds:0:PollIntervalSeconds"] = "1",
            ["Scheduling:SourceCheckInterval"] = "00:00:00.500",
            ["Scheduling:DispatchInterval"] = "00:00:00.250",
        });
        await bot.WaitUntilAsync(db => db.Sources.Any(s => s.BaselineTaken), TimeSpan.FromSeconds(20), "the first poll");
        foreach (var chat in new[] { FloodedChat, BlockedChat, HappyChat })
        {
            telegram.EnqueueMessage(chat, "/langganan banjir");
            await telegram.WaitForMessageAsync(m => m.ChatId == chat && m.Text.Contains("berlangganan", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        }

        telegram.FailNextSend(FloodedChat, FakeTelegramFailure.TooManyRequests(2));
        telegram.FailNextSend(BlockedChat, FakeTelegramFailure.BlockedByUser);
        var published = DateTimeOffset.UtcNow;
        site.Publish(new FakeArticle("banjir-sayung", "Banjir Surut: Debit < 2 Meter & Warga Pulang",
            "<p>Demak – Banjir di Sayung mulai surut pada Selasa pagi.</p>", ["banjir"], published));

        var happy = await telegram.WaitForMessageAsync(m => m.ChatId == HappyChat && m.Text.Contains("Surut", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var flooded = await telegram.WaitForMessageAsync(m => m.ChatId == FloodedChat && m.Text.Contains("Surut", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        await bot.WaitUntilAsync(db => db.Subscribers.Any(s => s.ChatId == "2002" && s.State == SubscriberState.Inactive),
            TimeSpan.FromSeconds(10), "the blocked chat deactivated");

        Assert.Contains("<b>Banjir Surut: Debit &lt; 2 Meter &amp; Warga Pulang</b>", happy.Text, StringComparison.Ordinal);
        // The 429 asked for 2 s; the retry must not come sooner.
        Assert.True(flooded.At - published >= TimeSpan.FromSeconds(2), $"retried after {(flooded.At - published).TotalSeconds:F1} s");
        Assert.DoesNotContain(telegram.SentMessages, m => m.ChatId == BlockedChat && m.Text.Contains("Surut", StringComparison.Ordinal));
        Assert.Single(telegram.SentMessages, m => m.ChatId == FloodedChat && m.Text.Contains("Surut", StringComparison.Ordinal));
        await using var db = bot.OpenDatabase();
        Assert.Contains("blocked by the user", db.Subscribers.Single(s => s.ChatId == "2002").StateReason, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        await site.DisposeAsync();
        database.Dispose();
    }
}
