using NewsBot.Sources;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>What a new user sees: no token, the bundled sample newsroom, news arriving on the console channel.</summary>
public sealed class SampleModeTests : IDisposable
{
    private readonly BotDatabase database = new();

    [Fact]
    public async Task Without_a_token_the_sample_newsroom_flows_to_the_console_without_sending_its_back_catalogue()
    {
        var port = RunningBot.FreePort();
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Telegram:BotToken"] = "",
            ["Sample:FeedUrl"] = $"http://127.0.0.1:{port}/sample/feed.xml",
            ["Sample:PublishEverySeconds"] = "2",
            ["Sample:PollIntervalSeconds"] = "1",
            ["Scheduling:SourceCheckInterval"] = "00:00:00.500",
        });

        await bot.WaitUntilAsync(
            db => db.Deliveries.Count(d => d.Status == DeliveryStatus.Sent) >= 2,
            TimeSpan.FromSeconds(60), "two sample articles delivered to the console");

        await using var check = bot.OpenDatabase();
        var baseline = check.Articles.Where(a => a.IsBaseline).Select(a => a.Id).ToList();
        // The newsroom opens at its first poll with two articles out: they are the back catalogue (a third only if that
        // first poll failed and a later one read the feed).
        Assert.InRange(baseline.Count, 2, 3);
        Assert.DoesNotContain(check.Deliveries, d => baseline.Contains(d.ArticleId));
        Assert.All(check.Deliveries.ToList(), d => Assert.Equal(SourceCatalog.ConsoleChatId, check.Subscribers.Single(s => s.Id == d.SubscriberId).ChatId));
        Assert.All(check.Articles, a => Assert.False(string.IsNullOrWhiteSpace(a.Summary)));
    }

    [Fact]
    public async Task The_sample_is_polled_at_its_own_interval_and_keeps_publishing_past_its_bundled_articles()
    {
        var port = RunningBot.FreePort();
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Telegram:BotToken"] = "",
            ["Sample:FeedUrl"] = $"http://127.0.0.1:{port}/sample/feed.xml",
            ["Sample:PublishEverySeconds"] = "1",
            ["Sample:PollIntervalSeconds"] = "1",
            // Far longer than the test: every poll after the first is the job waking for the source's own due time.
            ["Scheduling:SourceCheckInterval"] = "00:05:00",
        });

        // Five bundled articles, two of them back catalogue: more than three sent means the articles came round again.
        await bot.WaitUntilAsync(
            db => db.Deliveries.Count(d => d.Status == DeliveryStatus.Sent) >= 7,
            TimeSpan.FromSeconds(60), "seven sample articles delivered with the source-check tick at five minutes");

        await using var check = bot.OpenDatabase();
        var sent = check.Articles.Where(a => !a.IsBaseline).ToList();
        Assert.Equal(sent.Count, sent.Select(a => a.Url).Distinct().Count());
        Assert.True(sent.Count > sent.Select(a => a.Title).Distinct().Count(), "some bundled article was published a second time");
    }

    public void Dispose() => database.Dispose();
}
