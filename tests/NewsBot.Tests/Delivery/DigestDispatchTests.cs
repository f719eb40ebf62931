using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Delivery;
using NewsBot.Delivery.Digests;
using NewsBot.Matching;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Delivery;

/// <summary>
/// Digests on the real outbox: rows of a digest subscriber are held until the digest hour, then go out as one message
/// and finish together, exactly once; retries, refusals and leaving digest mode behave like ordinary deliveries.
/// </summary>
public sealed class DigestDispatchTests : DispatcherTestsBase
{
    // Seed.Now is 08:00 UTC = 15:00 WIB; the digest at 18:00 WIB is 11:00 UTC.
    private static readonly DateTime DigestHour = Seed.Now.AddHours(3);

    private DigestAssembler Assembler => new(database.Contexts, time, NullLogger<DigestAssembler>.Instance);

    private async Task<long> DigestSubscriberAsync(string chatId = "1", string zone = "WIB")
    {
        using var db = database.Open();
        var subscriber = Seed.Subscriber(db, chatId, tags: ["banjir"]);
        subscriber.DailyDigest = true;
        subscriber.TimeZone = zone;
        await db.SaveChangesAsync();
        return subscriber.Id;
    }

    private async Task<long> PlanAsync(string title, int priority = DeliveryPriority.News, int minutesAgo = 0)
    {
        long articleId;
        using (var db = database.Open())
        {
            var article = Seed.Article(db, Seed.Source(db, $"https://x.go.id/{Guid.NewGuid():N}"), title, "banjir");
            article.PublishedUtc = time.GetUtcNow().UtcDateTime.AddMinutes(-minutesAgo);
            await db.SaveChangesAsync();
            articleId = article.Id;
        }

        await new DeliveryPlanner(database.Contexts, time, NullLogger<DeliveryPlanner>.Instance).PlanAsync([articleId], priority, CancellationToken.None);
        return articleId;
    }

    [Fact]
    public async Task Held_news_goes_out_as_one_digest_at_the_digest_hour_and_never_again()
    {
        ChannelAnswers(_ => new SendOutcome.Sent());
        await DigestSubscriberAsync();
        await PlanAsync("Banjir surut di Sayung", minutesAgo: 30);
        await PlanAsync("Tanggul Wedung diperbaiki", minutesAgo: 10);
        time.Advance(TimeSpan.FromMinutes(20));
        await PlanAsync("Warga Karanganyar kebanjiran");

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        time.SetUtcNow(DigestHour.AddMinutes(-1));
        Assert.Equal(0, await Assembler.AssembleDueAsync(CancellationToken.None));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Empty(sent);
        Assert.All(Deliveries(), d => Assert.Equal((DeliveryStatus.Held, DigestHour), (d.Status, d.DueUtc)));

        time.SetUtcNow(DigestHour);
        Assert.Equal(1, await Assembler.AssembleDueAsync(CancellationToken.None));
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        var digest = Assert.Single(sent);
        Assert.Equal(["Warga Karanganyar kebanjiran", "Tanggul Wedung diperbaiki", "Banjir surut di Sayung"], digest.Digest!.Select(i => i.Title));
        Assert.All(Deliveries(), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        Assert.Equal(DeliveryPriority.Digest, Assert.Single(Deliveries(), d => d.DigestId == d.Id).Priority);

        Assert.Equal(0, await Assembler.AssembleDueAsync(CancellationToken.None));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Single(sent);
    }

    [Fact]
    public async Task Each_subscriber_whose_hour_has_come_gets_their_own_digest_in_one_run()
    {
        ChannelAnswers(_ => new SendOutcome.Sent());
        await DigestSubscriberAsync("1");
        await DigestSubscriberAsync("2", zone: "WIT");
        var later = await DigestSubscriberAsync("3");
        using (var db = database.Open())
        {
            db.Subscribers.Single(s => s.Id == later).DigestTime = new TimeOnly(20, 0);
            await db.SaveChangesAsync();
        }

        await PlanAsync("Banjir surut");
        await PlanAsync("Tanggul diperbaiki");
        time.SetUtcNow(DigestHour);

        Assert.Equal(2, await Assembler.AssembleDueAsync(CancellationToken.None));
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(["1", "2"], sent.Select(m => m.ChatId).Order(StringComparer.Ordinal));
        Assert.All(sent, m => Assert.Equal(["Tanggul diperbaiki", "Banjir surut"], m.Digest!.Select(i => i.Title)));
        var rows = Deliveries();
        Assert.All(rows.Where(d => d.SubscriberId != later), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        Assert.All(rows.Where(d => d.SubscriberId == later), d => Assert.Equal((DeliveryStatus.Held, (long?)null), (d.Status, d.DigestId)));
        Assert.All(rows.Where(d => d.DigestId != null), d => Assert.Equal(d.SubscriberId, rows.Single(c => c.Id == d.DigestId).SubscriberId));
    }

    [Fact]
    public async Task Urgent_notices_reach_a_digest_subscriber_at_once()
    {
        ChannelAnswers(_ => new SendOutcome.Sent());
        await DigestSubscriberAsync();

        await PlanAsync("Peringatan dini banjir", DeliveryPriority.Urgent);
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        var urgent = Assert.Single(sent);
        Assert.Null(urgent.Digest);
        Assert.Equal("Peringatan dini banjir", urgent.Title);
    }

    [Fact]
    public async Task A_digest_that_must_wait_keeps_its_articles_together_until_it_is_sent()
    {
        var answers = new Queue<SendOutcome>([new SendOutcome.RetryLater("flood wait", TimeSpan.FromSeconds(30)), new SendOutcome.Sent()]);
        ChannelAnswers(_ => answers.Dequeue());
        await DigestSubscriberAsync();
        await PlanAsync("Banjir surut");
        await PlanAsync("Tanggul diperbaiki");
        time.SetUtcNow(DigestHour);
        await Assembler.AssembleDueAsync(CancellationToken.None);

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Contains(Deliveries(), d => d.Status == DeliveryStatus.Held && d.DigestId != null);
        Assert.Equal(0, await Assembler.AssembleDueAsync(CancellationToken.None));

        time.Advance(TimeSpan.FromSeconds(31));
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(2, sent.Count);
        Assert.All(sent, m => Assert.Equal(2, m.Digest!.Count));
        Assert.All(Deliveries(), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task A_chat_that_blocked_the_bot_fails_the_whole_digest_and_is_deactivated()
    {
        ChannelAnswers(_ => new SendOutcome.Rejected("Forbidden: bot was blocked by the user", DeactivateSubscriber: true));
        var subscriber = await DigestSubscriberAsync();
        await PlanAsync("Banjir surut");
        await PlanAsync("Tanggul diperbaiki");
        time.SetUtcNow(DigestHour);
        await Assembler.AssembleDueAsync(CancellationToken.None);

        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.All(Deliveries(), d => Assert.Equal(DeliveryStatus.Failed, d.Status));
        using var db = database.Open();
        Assert.Equal(SubscriberState.Inactive, db.Subscribers.Single(s => s.Id == subscriber).State);
    }

    [Fact]
    public async Task A_subscriber_who_left_before_the_digest_hour_gets_nothing_and_the_rows_are_cancelled()
    {
        ChannelAnswers(_ => new SendOutcome.Sent());
        var subscriberId = await DigestSubscriberAsync();
        await PlanAsync("Banjir surut");
        await PlanAsync("Tanggul diperbaiki");
        using (var db = database.Open())
        {
            db.Subscribers.Single(s => s.Id == subscriberId).State = SubscriberState.Inactive;
            await db.SaveChangesAsync();
        }

        time.SetUtcNow(DigestHour);
        await Assembler.AssembleDueAsync(CancellationToken.None);
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Empty(sent);
        Assert.All(Deliveries(), d => Assert.Equal(DeliveryStatus.Cancelled, d.Status));
    }

    [Fact]
    public async Task Ordinary_news_is_claimed_before_a_digest()
    {
        await DigestSubscriberAsync("1");
        await PlanAsync("Banjir surut");
        time.SetUtcNow(DigestHour);
        await Assembler.AssembleDueAsync(CancellationToken.None);
        using (var db = database.Open()) Seed.Subscriber(db, "2", tags: ["banjir"]);
        await PlanAsync("Tanggul diperbaiki");

        var claims = new OutboxClaims(database.Contexts, Options.Create(options), time);
        var first = Assert.Single(await claims.ClaimAsync(1, int.MinValue, CancellationToken.None));
        var second = Assert.Single(await claims.ClaimAsync(1, int.MinValue, CancellationToken.None));

        Assert.Equal(("2", (IReadOnlyList<DigestItem>?)null), (first.ChatId, first.Digest));
        Assert.Equal("1", second.ChatId);
        Assert.Equal(["Banjir surut"], second.Digest!.Select(i => i.Title));
    }

    [Fact]
    public async Task Leaving_digest_mode_sends_what_was_held_at_once_as_one_last_digest()
    {
        ChannelAnswers(_ => new SendOutcome.Sent());
        var subscriberId = await DigestSubscriberAsync();
        await PlanAsync("Banjir surut");
        await PlanAsync("Tanggul diperbaiki");

        using (var db = database.Open())
        {
            var subscriber = db.Subscribers.Single(s => s.Id == subscriberId);
            subscriber.DailyDigest = false;
            await db.SaveChangesAsync();
            Assert.Equal(2, await HeldDeliveries.RescheduleAsync(db, subscriber, time.GetUtcNow().UtcDateTime, CancellationToken.None));
        }

        Assert.Equal(1, await Assembler.AssembleDueAsync(CancellationToken.None));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(2, Assert.Single(sent).Digest!.Count);

        // From now on, news comes one by one (after the chat's one-message-a-second pace).
        time.Advance(TimeSpan.FromSeconds(2));
        await PlanAsync("Pasar murah");
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal("Pasar murah", sent[^1].Title);
        Assert.Null(sent[^1].Digest);
    }
}
