using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Delivery;
using NewsBot.Matching;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// Many citizens writing at once, against a fake Telegram that enforces the real limits (30 a second, one a second per
/// chat) and counts every request made while a 429 said to wait: everyone is answered, in order, without one 429, and
/// answers overtake a broadcast that is already sending.
/// </summary>
public sealed class CommandBurstEndToEndTests : IAsyncLifetime
{
    private readonly BotDatabase database = new();
    private FakeTelegramServer telegram = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeTelegramServer.StartAsync();
        telegram.EnforceLimits(perSecondGlobal: 30, perSecondPerChat: 1);
    }

    private Task<RunningBot> StartBotAsync() => RunningBot.StartAsync(new Dictionary<string, string?>(telegram.BotSettings())
    {
        ["Storage:Provider"] = database.Provider,
        ["Storage:ConnectionString"] = database.ConnectionString,
        ["Sample:Enabled"] = "false",
        ["Scheduling:DispatchInterval"] = "00:00:00.250",
        // The burst itself is what is tested here, not the guard against one chat flooding.
        ["Chat:CommandsPerChat"] = "100",
        // The fake runs in this process on a busy test machine, where a request can reach it tens of milliseconds late:
        // a wider margin keeps this a test of what is sent when, not of the machine's timing (the benchmark measures the
        // ceiling itself, from a separate process).
        ["Delivery:Telegram:Headroom"] = "0.9",
    });

    [Fact]
    public async Task A_burst_of_commands_from_many_chats_is_answered_in_full_and_in_order_without_a_429()
    {
        await using var bot = await StartBotAsync();
        const int chats = 90;
        var twice = Enumerable.Range(0, 10).Select(i => 6_000L + i).ToList();
        for (var i = 0; i < chats; i++) telegram.EnqueueMessage(5_000 + i, "/langganan ekonomi");
        // Some chats type two commands in a row: their answers must come one a second, in the order asked.
        foreach (var chat in twice)
        {
            telegram.EnqueueMessage(chat, "/langganan banjir");
            telegram.EnqueueMessage(chat, "/topikku");
        }

        await WaitForAnswersAsync(chats + 2 * twice.Count, TimeSpan.FromSeconds(40));

        Assert.True(telegram.TooManyRequestsSent == 0, telegram.Refusals);
        Assert.Equal(0, telegram.RequestsWhilePenalised);
        for (var i = 0; i < chats; i++) Assert.Contains("berlangganan: ekonomi", Assert.Single(telegram.SentMessages, m => m.ChatId == 5_000 + i).Text, StringComparison.Ordinal);
        foreach (var chat in twice)
        {
            var answers = telegram.SentMessages.Where(m => m.ChatId == chat).ToList();
            Assert.Equal(2, answers.Count);
            Assert.Contains("berlangganan: banjir", answers[0].Text, StringComparison.Ordinal);
            Assert.True(answers[1].At - answers[0].At >= TimeSpan.FromSeconds(0.9), $"chat {chat}: {answers[1].At - answers[0].At}");
        }
    }

    [Fact]
    public async Task Answers_overtake_a_broadcast_that_is_already_sending()
    {
        await using var bot = await StartBotAsync();
        const int audience = 240;
        long articleId;
        await using (var db = bot.OpenDatabase())
        {
            var source = Seed.Source(db);
            for (var i = 0; i < audience; i++) Seed.Subscriber(db, (7_000 + i).ToString(CultureInfo.InvariantCulture), tags: "banjir");
            articleId = Seed.Article(db, source, "Peringatan banjir Sungai Wulan", "banjir").Id;
        }

        // About eight seconds of news at 30 a second; two seconds in, twenty citizens write.
        await bot.Services.GetRequiredService<DeliveryPlanner>().PlanAsync([articleId], DeliveryPriority.News, CancellationToken.None);
        await bot.Services.GetRequiredService<IDispatchNow>().TriggerAsync(CancellationToken.None);
        await telegram.WaitForMessageAsync(m => m.ChatId >= 7_000 && m.ChatId < 7_000 + 60, TimeSpan.FromSeconds(20));
        for (var i = 0; i < 20; i++) telegram.EnqueueMessage(8_000 + i, "/bantuan");

        var lastAnswer = await WaitForAnswersAsync(20, TimeSpan.FromSeconds(20), fromChat: 8_000);
        await bot.WaitUntilAsync(db => db.Deliveries.Count(d => d.Status == DeliveryStatus.Sent) == audience, TimeSpan.FromSeconds(40), "the whole broadcast sent");

        var news = telegram.SentMessages.Where(m => m.ChatId >= 7_000 && m.ChatId < 7_000 + audience).ToList();
        Assert.Equal(audience, news.Count);
        Assert.True(lastAnswer.At < news.Max(m => m.At), "every answer went out before the broadcast finished");
        Assert.True(telegram.TooManyRequestsSent == 0, telegram.Refusals);
        Assert.Equal(0, telegram.RequestsWhilePenalised);
    }

    /// <summary>Waits until <paramref name="count"/> messages reached chats from <paramref name="fromChat"/> on; returns the last.</summary>
    private async Task<SentMessage> WaitForAnswersAsync(int count, TimeSpan timeout, long fromChat = 5_000)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var answers = telegram.SentMessages.Where(m => m.ChatId >= fromChat && m.ChatId < fromChat + 2_000).ToList();
            if (answers.Count >= count) return answers.MaxBy(m => m.At)!;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{answers.Count} of {count} answers within {timeout}.");
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        database.Dispose();
    }
}
