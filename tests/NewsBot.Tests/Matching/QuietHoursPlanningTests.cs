using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Delivery;
using NewsBot.Matching;
using NewsBot.Storage;
using NewsBot.Tests.Delivery;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Matching;

/// <summary>
/// Quiet hours through the real planner and dispatcher: ordinary news planned within them waits for their end, urgent
/// notices go at once, and a chat without quiet hours is not affected.
/// </summary>
public sealed class QuietHoursPlanningTests : DispatcherTestsBase
{
    // Seed.Now is 08:00 UTC; 16:00 UTC is 23:00 WIB, inside 22:00-06:00; 06:00 WIB is 23:00 UTC.
    private static readonly DateTime LateEvening = Seed.Now.AddHours(8);
    private static readonly DateTime QuietEnd = Seed.Now.AddHours(15);

    private async Task<(long Quiet, long Normal)> SubscribersAsync(string zone = "WIB")
    {
        using var db = database.Open();
        var quiet = Seed.Subscriber(db, "1", tags: ["banjir"]);
        quiet.QuietFrom = new TimeOnly(22, 0);
        quiet.QuietUntil = new TimeOnly(6, 0);
        quiet.TimeZone = zone;
        var normal = Seed.Subscriber(db, "2", tags: ["banjir"]);
        await db.SaveChangesAsync();
        return (quiet.Id, normal.Id);
    }

    private async Task<long> PlanAsync(string title, int priority)
    {
        long articleId;
        using (var db = database.Open()) articleId = Seed.Article(db, Seed.Source(db, $"https://x.go.id/{Guid.NewGuid():N}"), title, "banjir").Id;
        await new DeliveryPlanner(database.Contexts, time, NullLogger<DeliveryPlanner>.Instance).PlanAsync([articleId], priority, CancellationToken.None);
        return articleId;
    }

    [Fact]
    public async Task Ordinary_news_in_quiet_hours_waits_for_their_end_but_an_urgent_notice_goes_at_once()
    {
        ChannelAnswers(_ => new SendOutcome.Sent());
        var (quiet, _) = await SubscribersAsync();
        time.SetUtcNow(LateEvening);

        var news = await PlanAsync("Jalan desa diperbaiki", DeliveryPriority.News);
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        // Past the other chat's one-message-a-second pace.
        time.Advance(TimeSpan.FromSeconds(2));
        var urgent = await PlanAsync("Peringatan banjir: warga Sayung diminta mengungsi", DeliveryPriority.Urgent);
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        // The quiet chat gets the urgent notice only; the other chat gets both.
        Assert.Equal(
            ["1:Peringatan banjir: warga Sayung diminta mengungsi", "2:Jalan desa diperbaiki", "2:Peringatan banjir: warga Sayung diminta mengungsi"],
            sent.Select(m => $"{m.ChatId}:{m.Title}").Order(StringComparer.Ordinal).ToList());
        var held = Deliveries().Single(d => d.SubscriberId == quiet && d.ArticleId == news);
        Assert.Equal(DeliveryStatus.Pending, held.Status);
        Assert.Equal(QuietEnd, held.DueUtc);
        Assert.Equal(DeliveryStatus.Sent, Deliveries().Single(d => d.SubscriberId == quiet && d.ArticleId == urgent).Status);

        time.SetUtcNow(QuietEnd);
        sent.Clear();
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        var morning = Assert.Single(sent);
        Assert.Equal(("1", "Jalan desa diperbaiki"), (morning.ChatId, morning.Title));
        Assert.All(Deliveries(), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task Quiet_hours_follow_the_subscribers_zone()
    {
        ChannelAnswers(_ => new SendOutcome.Sent());
        // At 16:00 UTC it is 23:00 WIB but 01:00 WIT: both inside 22:00-06:00, ending at 23:00 and 21:00 UTC.
        var (quiet, _) = await SubscribersAsync(zone: "WIT");
        time.SetUtcNow(LateEvening);

        var news = await PlanAsync("Pasar murah", DeliveryPriority.News);

        Assert.Equal(Seed.Now.AddHours(13), Deliveries().Single(d => d.SubscriberId == quiet && d.ArticleId == news).DueUtc);
    }

    [Fact]
    public async Task A_broadcast_to_more_chats_than_a_page_gives_every_row_its_timing()
    {
        using (var db = database.Open())
        {
            for (var i = 0; i < 1_200; i++)
            {
                db.Subscribers.Add(new Subscriber
                {
                    Channel = ChannelKind.Telegram, ChatId = $"9{i}", CreatedUtc = Seed.Now, UpdatedUtc = Seed.Now,
                    DailyDigest = i % 3 == 0, QuietFrom = i % 3 == 1 ? new TimeOnly(22, 0) : null, QuietUntil = i % 3 == 1 ? new TimeOnly(6, 0) : null,
                    Tags = [new SubscriberTag { Tag = "banjir" }],
                });
            }

            await db.SaveChangesAsync();
        }

        time.SetUtcNow(LateEvening);
        await PlanAsync("Pasar murah", DeliveryPriority.News);

        var byTiming = Deliveries().GroupBy(d => (d.Status, d.DueUtc)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(400, byTiming[(DeliveryStatus.Held, Seed.Now.AddDays(1).AddHours(3))]);
        Assert.Equal(400, byTiming[(DeliveryStatus.Pending, QuietEnd)]);
        Assert.Equal(400, byTiming[(DeliveryStatus.Pending, LateEvening)]);
    }

    [Fact]
    public async Task Outside_quiet_hours_news_is_due_at_once()
    {
        var (quiet, _) = await SubscribersAsync();

        // Seed.Now is 15:00 WIB.
        var news = await PlanAsync("Pasar murah", DeliveryPriority.News);

        var row = Deliveries().Single(d => d.SubscriberId == quiet && d.ArticleId == news);
        Assert.Equal((DeliveryStatus.Pending, Seed.Now), (row.Status, row.DueUtc));
    }
}
