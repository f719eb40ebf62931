using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using NewsBot.Delivery;
using NewsBot.Matching;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Delivery;

/// <summary>Order, pace, streaming and statistics of the dispatcher.</summary>
public sealed class DeliveryPriorityTests : DispatcherTestsBase
{
    [Fact]
    public async Task Urgent_rows_go_out_before_news_and_news_before_digests()
    {
        options.MaxConcurrentSends = 1;
        ChannelAnswers(_ => new SendOutcome.Sent());
        long digest, news, urgent;
        using (var db = database.Open())
        {
            var source = Seed.Source(db);
            digest = Seed.Article(db, source, "Ringkasan harian", "a").Id;
            news = Seed.Article(db, source, "Berita biasa", "b").Id;
            urgent = Seed.Article(db, source, "PERINGATAN BANJIR", "c").Id;
            Seed.Subscriber(db, "1", tags: ["a"]);
            Seed.Subscriber(db, "2", tags: ["b"]);
            Seed.Subscriber(db, "3", tags: ["c"]);
        }

        var planner = new DeliveryPlanner(database.Contexts, time, NullLogger<DeliveryPlanner>.Instance);
        await planner.PlanAsync([digest], DeliveryPriority.Digest, CancellationToken.None);
        await planner.PlanAsync([news], DeliveryPriority.News, CancellationToken.None);
        await planner.PlanAsync([urgent], DeliveryPriority.Urgent, CancellationToken.None);

        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(["PERINGATAN BANJIR", "Berita biasa", "Ringkasan harian"], sent.Select(m => m.Title));
    }

    [Fact]
    public async Task A_chat_that_just_got_a_message_waits_its_turn_without_spending_an_attempt()
    {
        ChannelAnswers(_ => new SendOutcome.Sent());
        await PlanArticleForAsync("1");
        long second;
        using (var db = database.Open()) second = Seed.Article(db, db.Sources.First(), "Berita kedua", "banjir").Id;
        await new DeliveryPlanner(database.Contexts, time, NullLogger<DeliveryPlanner>.Instance).PlanAsync([second], 0, CancellationToken.None);

        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Single(sent);
        var deferred = Deliveries().Single(d => d.Status == DeliveryStatus.Pending);
        Assert.Equal(0, deferred.Attempts);
        // One second a chat, stretched by the headroom's share so that jitter never brings two messages closer (and by
        // however much later than usual the first request was answered: the first call of a test has no usual yet).
        Assert.InRange(deferred.DueUtc, Seed.Now.AddSeconds(1.01), Seed.Now.AddSeconds(1.2));
        time.Advance(TimeSpan.FromSeconds(1.2));
        Assert.Equal(1, (await dispatcher.DispatchDueAsync(CancellationToken.None)).Sent);
    }

    [Fact]
    public async Task Rows_claimed_by_a_process_that_died_are_released_on_start()
    {
        await PlanArticleForAsync("1", "2");
        using (var db = database.Open())
        {
            foreach (var row in db.Deliveries) { row.Status = DeliveryStatus.Sending; row.LeaseUntilUtc = Seed.Now.AddMinutes(2); }
            db.SaveChanges();
        }

        var recovery = new OutboxRecovery(new OutboxClaims(database.Contexts, Options.Create(options), time), Options.Create(options),
            Options.Create(new NewsBot.Storage.StorageOptions()), NullLogger<OutboxRecovery>.Instance);
        await recovery.StartAsync(CancellationToken.None);

        Assert.All(Deliveries(), d => Assert.Equal(DeliveryStatus.Pending, d.Status));
    }

    [Fact]
    public async Task A_large_run_streams_through_a_small_queue_and_sends_each_row_once()
    {
        options.QueueCapacity = 20;
        options.BatchSize = 7;
        options.RecordBatchSize = 5;
        ChannelAnswers(_ => new SendOutcome.Sent());
        await PlanArticleForAsync(Enumerable.Range(1, 300).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());

        var summary = await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(300, summary.Sent);
        Assert.Equal(300, sent.Select(m => m.ChatId).Distinct().Count());
        Assert.All(Deliveries(), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task Stats_count_each_state_per_article()
    {
        ChannelAnswers(m => m.ChatId switch
        {
            "1" => new SendOutcome.Sent(),
            "2" => new SendOutcome.Rejected("Forbidden: bot was blocked by the user", DeactivateSubscriber: true),
            _ => new SendOutcome.RetryLater("Internal Server Error"),
        });
        var articleId = await PlanArticleForAsync("1", "2", "3", "4");
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        var stats = new DeliveryStats(database.Contexts, time);
        Assert.Equal(new DeliveryCounts(Planned: 4, Sent: 1, Failed: 1, Waiting: 2, Cancelled: 0), await stats.ForArticleAsync(articleId, CancellationToken.None));
        Assert.Equal(4, (await stats.RecentAsync(TimeSpan.FromHours(24), CancellationToken.None)).Planned);
    }

    [Fact]
    public async Task An_urgent_notice_overtakes_a_broadcast_in_progress_within_a_second()
    {
        // Real time here: the broadcast runs at 20 messages a second, far longer than the test waits.
        var realTime = TimeProvider.System;
        var slowOptions = new DeliveryOptions { Telegram = new ChannelRateLimits { MessagesPerSecond = 20 } };
        await using var slowLimiters = new ChannelRateLimiters(Options.Create(slowOptions), realTime);
        var signal = new DispatchSignal();
        var sentAt = new System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset>();
        var sends = 0;
        channel.Setup(c => c.SendAsync(It.IsAny<NewsMessage>(), It.IsAny<CancellationToken>()))
            .Returns<NewsMessage, CancellationToken>((message, _) =>
            {
                Interlocked.Increment(ref sends);
                sentAt.TryAdd(message.Title, realTime.GetUtcNow());
                return Task.FromResult<SendOutcome>(new SendOutcome.Sent());
            });
        var run = new DeliveryDispatcher(
            new OutboxClaims(database.Contexts, Options.Create(slowOptions), realTime),
            new DeliverySender([channel.Object], slowLimiters, new WithdrawnArticles(), NullLogger<DeliverySender>.Instance), slowLimiters,
            new DeliveryOutcomeRecorder(database.Contexts, Options.Create(slowOptions), realTime, NullLogger<DeliveryOutcomeRecorder>.Instance),
            signal, new NativeHeapTrimmer(realTime, Options.Create(new StorageOptions())), new DispatchPasses(), realTime, Options.Create(slowOptions),
            NullLogger<DeliveryDispatcher>.Instance);
        var planner = new DeliveryPlanner(database.Contexts, realTime, NullLogger<DeliveryPlanner>.Instance);
        long broadcast, urgent;
        using (var db = database.Open())
        {
            var source = Seed.Source(db);
            broadcast = Seed.Article(db, source, "Berita biasa", "umum").Id;
            urgent = Seed.Article(db, source, "PERINGATAN BANJIR", "darurat").Id;
            for (var i = 0; i < 400; i++) Seed.Subscriber(db, $"{i}", tags: ["umum"]);
            Seed.Subscriber(db, "warga", tags: ["darurat"]);
        }

        await planner.PlanAsync([broadcast], DeliveryPriority.News, CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var dispatching = run.DispatchDueAsync(stop.Token);
        // The broadcast is under way, every row claimed and queued, once it has sent a second's worth.
        var underWay = realTime.GetUtcNow().AddSeconds(10);
        while (Volatile.Read(ref sends) < 20 && realTime.GetUtcNow() < underWay) await Task.Delay(10);

        var planned = realTime.GetUtcNow();
        await planner.PlanAsync([urgent], DeliveryPriority.Urgent, CancellationToken.None);
        signal.Raise();
        var deadline = planned.AddSeconds(5);
        while (!sentAt.ContainsKey("PERINGATAN BANJIR") && realTime.GetUtcNow() < deadline) await Task.Delay(10);
        await stop.CancelAsync();
        await dispatching;

        Assert.True(sentAt.TryGetValue("PERINGATAN BANJIR", out var urgentSent), "the urgent notice was sent");
        Assert.True(urgentSent - planned < TimeSpan.FromSeconds(1), $"urgent notice took {(urgentSent - planned).TotalMilliseconds:F0} ms");
        using var check = database.Open();
        Assert.True(check.Deliveries.Count(d => d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Sending) > 300,
            "the broadcast was still in progress");
    }
}
