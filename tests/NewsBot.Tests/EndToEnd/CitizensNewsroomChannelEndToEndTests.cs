using Microsoft.EntityFrameworkCore;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// The newsroom's own Telegram channel (Telegram:NewsroomChannels) receives every article, whatever its topics, while
/// citizens still receive only theirs; a channel taken out of the configuration stops being an all-topics target.
/// </summary>
public sealed class CitizensNewsroomChannelEndToEndTests : IAsyncLifetime
{
    private const long Channel = -1009876543210;
    private const long Citizen = 2101;
    private readonly BotDatabase database = new();
    private FakeTelegramServer telegram = null!;
    private FakeNewsSite site = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeTelegramServer.StartAsync();
        site = await FakeNewsSite.StartAsync();
    }

    private Task<RunningBot> StartBotAsync(bool withChannel)
    {
        var settings = new Dictionary<string, string?>(telegram.BotSettings())
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Sources:Feeds:0:Name"] = "Kabupaten Demak (fake)",
            ["Sources:Feeds:0:Url"] = site.FeedUrl.ToString(),
            ["Sources:Feeds:0:PollIntervalSeconds"] = "1",
            ["Scheduling:SourceCheckInterval"] = "00:00:00.500",
            ["Fetching:Timeout"] = "00:00:05",
        };
        if (withChannel) settings["Telegram:NewsroomChannels:0"] = Channel.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return RunningBot.StartAsync(settings);
    }

    private static FakeArticle Article(string slug, string title, params string[] tags) => new(
        slug, title,
        $"<p>Demak – {title} menurut keterangan resmi Pemerintah Kabupaten Demak pada Senin.</p>"
        + "<p>Kegiatan ini melibatkan warga dari 14 kecamatan.</p>",
        tags, DateTimeOffset.UtcNow);

    [Fact]
    public async Task The_newsroom_channel_gets_every_article_and_loses_the_flag_when_unconfigured()
    {
        await using (var bot = await StartBotAsync(withChannel: true))
        {
            await bot.WaitUntilAsync(db => db.Sources.Any(s => s.BaselineTaken), TimeSpan.FromSeconds(20), "the first poll");
            telegram.EnqueueMessage(Citizen, "/langganan kesehatan");
            await telegram.WaitForMessageAsync(m => m.ChatId == Citizen && m.Text.Contains("berlangganan: kesehatan", StringComparison.Ordinal), TimeSpan.FromSeconds(20));

            site.Publish(Article("wisuda", "Wisuda Sekolah Rakyat Digelar", "pendidikan"));
            site.Publish(Article("posyandu", "Posyandu Balita Dibuka", "kesehatan"));
            await telegram.WaitForMessageAsync(m => m.ChatId == Channel && m.Text.Contains("Wisuda Sekolah Rakyat", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            await telegram.WaitForMessageAsync(m => m.ChatId == Channel && m.Text.Contains("Posyandu Balita", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            await telegram.WaitForMessageAsync(m => m.ChatId == Citizen && m.Text.Contains("Posyandu Balita", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            await bot.WaitUntilAsync(db => db.Deliveries.Count() == 3, TimeSpan.FromSeconds(10), "three deliveries planned");
        }

        Assert.DoesNotContain(telegram.SentMessages, m => m.ChatId == Citizen && m.Text.Contains("Wisuda", StringComparison.Ordinal));

        await using var restarted = await StartBotAsync(withChannel: false);
        await using var check = restarted.OpenDatabase();
        var channel = await check.Subscribers.SingleAsync(s => s.ChatId == Channel.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(channel.AllTopics);
    }

    [Fact]
    public async Task A_newsroom_channel_that_is_not_a_chat_id_stops_the_start_with_a_message_naming_the_setting()
    {
        var settings = new Dictionary<string, string?>(telegram.BotSettings())
        {
            ["Storage:Provider"] = database.Provider,
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Telegram:NewsroomChannels:0"] = "@kominfodemak",
        };

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => RunningBot.StartAsync(settings));

        Assert.Contains("Telegram:NewsroomChannels", error.Message, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        await site.DisposeAsync();
        database.Dispose();
    }
}
