using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Chat.Admin.Staff;
using NewsBot.Chat;
using NewsBot.Chat.Admin;
using NewsBot.Chat.Telegram;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;
using Telegram.Bot;

namespace NewsBot.Tests.Chat.Admin;

/// <summary>
/// Admin alerts are stored before they are sent: many at once reach each admin as one message, a Telegram outage or a
/// restart loses none, and the same alert raised again within a while is not repeated, across a restart too.
/// </summary>
public sealed class AdminNoticeTests : IAsyncLifetime
{
    private const long Owner = 9001, Admin = 9002;
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(Seed.Now);
    private FakeTelegramServer telegram = null!;
    private AdminAlertSender alerts = null!;
    private ChatMessenger messenger = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeTelegramServer.StartAsync();
        var bot = new TelegramBotClient(new TelegramBotClientOptions(FakeTelegramServer.Token, telegram.BaseUrl.ToString()) { RetryThreshold = 0 });
        var replies = new TelegramReplySender(bot, TestPacing.Loose(), NullLogger<TelegramReplySender>.Instance);
        messenger = new ChatMessenger(new ReplyQueue(NullLogger<ReplyQueue>.Instance), NullLogger<ChatMessenger>.Instance, replies);
        var admins = new AdminOptions { Telegram = { Owners = [$"{Owner}"], Admins = [$"{Admin}"] } };
        alerts = new AdminAlertSender(new AdminAlerts(), NewSender(), messenger,
            new AdminDirectory(new StaticOptionsMonitor<AdminOptions>(admins), NullLogger<AdminDirectory>.Instance), database.Contexts, time, NullLogger<AdminAlertSender>.Instance);
    }

    /// <summary>A sender as a fresh process would have it: nothing in memory, only what the database holds.</summary>
    private AdminNoticeSender NewSender() => new(messenger, database.Contexts, time, NullLogger<AdminNoticeSender>.Instance);

    private static AdminAlert Failing(int source) => new($"source-failing-{source}",
        $"Sumber #{source} gagal diambil 5 kali berturut-turut.", $"Source #{source} failed 5 times in a row.");

    [Fact]
    public async Task Fifty_alerts_at_once_reach_each_admin_folded_into_a_few_messages_that_hold_every_one()
    {
        for (var i = 1; i <= 50; i++) Assert.True(await alerts.StoreAsync(Failing(i), CancellationToken.None));

        var messages = await NewSender().SendDueAsync(CancellationToken.None);

        foreach (var chat in new[] { Owner, Admin })
        {
            var received = telegram.SentMessages.Where(m => m.ChatId == chat).ToList();
            Assert.InRange(received.Count, 1, 3);
            Assert.All(received, m => Assert.True(m.Text.Length <= 4096));
            Assert.All(received, m => Assert.Matches(@"^⚠️ \d+ peringatan untuk admin:", m.Text));
            var text = string.Join("\n", received.Select(m => m.Text));
            Assert.All(Enumerable.Range(1, 50), i =>
            {
                Assert.Contains($"Sumber #{i} gagal", text, StringComparison.Ordinal);
                Assert.Contains($"Source #{i} failed", text, StringComparison.Ordinal);
            });
        }

        Assert.Equal(telegram.SentMessages.Count, messages);
        await using var db = database.Open();
        Assert.All(db.AdminNotices, n => Assert.NotNull(n.SentUtc));
    }

    [Fact]
    public async Task An_alert_that_meets_a_Telegram_outage_arrives_after_a_restart()
    {
        Assert.True(await alerts.StoreAsync(Failing(7), CancellationToken.None));
        // Every try of the first round fails (Telegram answers 500 for a while).
        telegram.FailNextSend(Owner, FakeTelegramFailure.ServerError, times: PacedRequests.MaxFailures);
        telegram.FailNextSend(Admin, FakeTelegramFailure.ServerError, times: PacedRequests.MaxFailures);

        Assert.Equal(0, await NewSender().SendDueAsync(CancellationToken.None));
        Assert.Empty(telegram.SentMessages);
        await using (var db = database.Open()) Assert.All(db.AdminNotices, n => Assert.True(n.SentUtc is null && n.DueUtc > Seed.Now));

        // The process restarts later: the stored alerts are still owed, and go out once.
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await NewSender().SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await NewSender().SendDueAsync(CancellationToken.None));
        Assert.Single(telegram.SentMessages, m => m.ChatId == Owner && m.Text.Contains("Sumber #7 gagal", StringComparison.Ordinal));
        Assert.Single(telegram.SentMessages, m => m.ChatId == Admin);
    }

    [Fact]
    public async Task The_same_alert_again_within_a_quarter_hour_is_not_repeated_but_later_it_is()
    {
        Assert.True(await alerts.StoreAsync(Failing(3), CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.False(await alerts.StoreAsync(Failing(3), CancellationToken.None));
        time.Advance(AdminAlertSender.RepeatAfter);
        Assert.True(await alerts.StoreAsync(Failing(3), CancellationToken.None));
    }

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        database.Dispose();
    }

    private sealed class StaticOptionsMonitor<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;

        public T Get(string? name) => value;

        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
