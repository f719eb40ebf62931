using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsBot.Tests.EndToEnd;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.TelegramWebhooks;

/// <summary>
/// Two instances behind a load balancer on one database: Telegram's copies of an update may reach either, or both at
/// once, and each update is still carried out by exactly one of them.
/// </summary>
public sealed class TelegramWebhookInstancesTests : IAsyncLifetime
{
    private const int Chats = 20;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly BotDatabase database = new();
    private FakeTelegramServer telegram = null!;
    private RunningBot first = null!;
    private RunningBot second = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeTelegramServer.StartAsync();
        // One after the other: the first migrates the database the second then finds ready.
        first = await TelegramWebhookBot.StartAsync(telegram, database);
        second = await TelegramWebhookBot.StartAsync(telegram, database);
    }

    [Fact]
    public async Task Copies_of_each_update_posted_to_both_instances_at_once_are_carried_out_once()
    {
        using var toFirst = new TelegramWebhookSender(first.BaseUrl, TelegramWebhookBot.Secret);
        using var toSecond = new TelegramWebhookSender(second.BaseUrl, TelegramWebhookBot.Secret);
        var updates = Enumerable.Range(0, Chats).Select(i => telegram.WebhookMessage(5000 + i, "/start ekonomi").ToJsonString()).ToList();

        var answers = await Task.WhenAll(updates.SelectMany(update => new[] { toFirst, toSecond, toFirst, toSecond }.Select(to => to.PostAsync(update))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await first.WaitUntilAsync(db => db.TelegramInbound.Count(i => i.ProcessedUtc != null) == Chats, Wait, "every update carried out");
        // A second carrying-out by the other instance would come within its next look (one second).
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.All(Enumerable.Range(0, Chats), i => Assert.Single(telegram.SentMessages, m => m.ChatId == 5000 + i));
        await using var db = first.OpenDatabase();
        Assert.Equal(Chats, await db.TelegramInbound.CountAsync());
        Assert.All(await db.TelegramInbound.ToListAsync(), row => Assert.Equal(1, row.Attempts));
        Assert.Equal(Chats, await db.SubscriberTags.CountAsync(t => t.Tag == "ekonomi"));
    }

    [Fact]
    public async Task Updates_stored_by_one_instance_are_shared_out_and_each_carried_out_once()
    {
        using var toFirst = new TelegramWebhookSender(first.BaseUrl, TelegramWebhookBot.Secret);
        var updates = Enumerable.Range(0, Chats).Select(i => telegram.WebhookMessage(6000 + i, "/start kesehatan").ToJsonString()).ToList();

        // Stored by the first; the second finds them on its own look and competes for them.
        var answers = await Task.WhenAll(updates.Select(update => toFirst.PostAsync(update)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await second.WaitUntilAsync(db => db.TelegramInbound.Count(i => i.ProcessedUtc != null) == Chats, Wait, "every update carried out");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.All(Enumerable.Range(0, Chats), i => Assert.Single(telegram.SentMessages, m => m.ChatId == 6000 + i));
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
        await telegram.DisposeAsync();
        database.Dispose();
    }
}
