using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using NewsBot.Delivery;
using NewsBot.Matching;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Delivery;

/// <summary>The dispatcher over a real SQLite outbox, with a scripted channel standing in for Telegram.</summary>
public sealed class DeliveryDispatcherTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(Seed.Now);
    private readonly Mock<IMessageChannel> channel = new();
    private readonly List<NewsMessage> sent = [];
    private readonly DeliveryOptions options = new()
    {
        MaxAttempts = 3,
        RetryBaseDelay = TimeSpan.FromSeconds(10),
        Telegram = new ChannelRateLimits { MessagesPerSecond = 10_000 },
    };
    private ChannelRateLimiters limiters = null!;
    private DeliveryDispatcher dispatcher = null!;

    public Task InitializeAsync()
    {
        channel.SetupGet(c => c.Kind).Returns(ChannelKind.Telegram);
        limiters = new ChannelRateLimiters(Options.Create(options), time);
        var recorder = new DeliveryOutcomeRecorder(database.Contexts, Options.Create(options), time, NullLogger<DeliveryOutcomeRecorder>.Instance);
        var sender = new DeliverySender([channel.Object], limiters, time, NullLogger<DeliverySender>.Instance);
        dispatcher = new DeliveryDispatcher(new OutboxClaims(database.Contexts, Options.Create(options), time), sender, limiters, recorder,
            new DispatchSignal(), Options.Create(options), NullLogger<DeliveryDispatcher>.Instance);
        return Task.CompletedTask;
    }

    private void ChannelAnswers(Func<NewsMessage, SendOutcome> answer) =>
        channel.Setup(c => c.SendAsync(It.IsAny<NewsMessage>(), It.IsAny<CancellationToken>()))
            .Returns<NewsMessage, CancellationToken>((message, _) =>
            {
                lock (sent) sent.Add(message);
                return Task.FromResult(answer(message));
            });

    private async Task<long> PlanArticleForAsync(params string[] chatIds)
    {
        long articleId;
        using (var db = database.Open())
        {
            articleId = Seed.Article(db, Seed.Source(db, $"https://x.go.id/{Guid.NewGuid():N}"), "Banjir di Sayung", "banjir").Id;
            foreach (var chatId in chatIds) Seed.Subscriber(db, chatId, tags: ["banjir"]);
        }

        await new DeliveryPlanner(database.Contexts, time, NullLogger<DeliveryPlanner>.Instance).PlanAsync([articleId], 0, CancellationToken.None);
        return articleId;
    }

    private List<NewsBot.Storage.Delivery> Deliveries()
    {
        using var db = database.Open();
        return db.Deliveries.OrderBy(d => d.Id).ToList();
    }

    [Fact]
    public async Task Sends_every_due_row_once_and_marks_it_sent()
    {
        ChannelAnswers(_ => new SendOutcome.Sent());
        await PlanArticleForAsync("1", "2", "3");

        var summary = await dispatcher.DispatchDueAsync(CancellationToken.None);
        var again = await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(3, summary.Sent);
        Assert.Equal(0, again.Total);
        Assert.Equal(["1", "2", "3"], sent.Select(m => m.ChatId).Order());
        Assert.All(Deliveries(), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task A_flood_wait_reschedules_exactly_retry_after_without_spending_an_attempt()
    {
        var first = true;
        ChannelAnswers(_ =>
        {
            if (!first) return new SendOutcome.Sent();
            first = false;
            return new SendOutcome.RetryLater("Too Many Requests: retry after 17", TimeSpan.FromSeconds(17));
        });
        await PlanArticleForAsync("1");

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var waiting = Assert.Single(Deliveries());
        Assert.Equal(DeliveryStatus.Pending, waiting.Status);
        Assert.Equal(Seed.Now.AddSeconds(17), waiting.DueUtc);
        Assert.Equal(0, waiting.Attempts);

        time.Advance(TimeSpan.FromSeconds(16));
        Assert.Equal(0, (await dispatcher.DispatchDueAsync(CancellationToken.None)).Total);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await dispatcher.DispatchDueAsync(CancellationToken.None)).Sent);
    }

    [Fact]
    public async Task While_the_channel_is_paused_other_rows_are_rescheduled_not_sent()
    {
        ChannelAnswers(m => m.ChatId == "1"
            ? new SendOutcome.RetryLater("Too Many Requests: retry after 30", TimeSpan.FromSeconds(30))
            : new SendOutcome.Sent());
        await PlanArticleForAsync("1");
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        await PlanArticleForAsync("2");

        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.DoesNotContain(sent, m => m.ChatId == "2");
        Assert.All(Deliveries(), d => Assert.Equal(DeliveryStatus.Pending, d.Status));
    }

    [Fact]
    public async Task Blocked_by_the_user_deactivates_the_subscriber_and_cancels_what_was_waiting()
    {
        ChannelAnswers(_ => new SendOutcome.Rejected("Forbidden: bot was blocked by the user", DeactivateSubscriber: true));
        await PlanArticleForAsync("1");
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        using var db = database.Open();
        var subscriber = db.Subscribers.Single();
        Assert.Equal(SubscriberState.Inactive, subscriber.State);
        Assert.Contains("blocked", subscriber.StateReason, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.Failed, db.Deliveries.Single().Status);
    }

    [Fact]
    public async Task Transient_failures_back_off_and_give_up_after_the_attempt_limit_with_the_reason()
    {
        ChannelAnswers(_ => new SendOutcome.RetryLater("Internal Server Error"));
        await PlanArticleForAsync("1");

        for (var round = 0; round < 3; round++)
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
            time.Advance(TimeSpan.FromMinutes(5));
        }

        var row = Assert.Single(Deliveries());
        Assert.Equal(3, sent.Count);
        Assert.Equal(DeliveryStatus.Failed, row.Status);
        Assert.Equal("Internal Server Error", row.LastError);
        using var db = database.Open();
        Assert.Equal(SubscriberState.Active, db.Subscribers.Single().State);
    }

    [Fact]
    public async Task A_migrated_group_gets_its_new_id_and_the_message_is_resent_there()
    {
        ChannelAnswers(m => m.ChatId == "-100" ? new SendOutcome.ChatMigrated("-1001234567890") : new SendOutcome.Sent());
        await PlanArticleForAsync("-100");

        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(["-100", "-1001234567890"], sent.Select(m => m.ChatId));
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(Deliveries()).Status);
        using var db = database.Open();
        Assert.Equal("-1001234567890", db.Subscribers.Single().ChatId);
    }

    [Fact]
    public async Task A_row_claimed_by_a_sender_that_died_is_sent_after_its_lease_expires()
    {
        ChannelAnswers(_ => new SendOutcome.Sent());
        await PlanArticleForAsync("1");
        using (var db = database.Open())
        {
            var row = db.Deliveries.Single();
            row.Status = DeliveryStatus.Sending;
            row.LeaseUntilUtc = Seed.Now.AddMinutes(2);
            db.SaveChanges();
        }

        Assert.Equal(0, (await dispatcher.DispatchDueAsync(CancellationToken.None)).Total);
        time.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(1, (await dispatcher.DispatchDueAsync(CancellationToken.None)).Sent);
    }

    [Fact]
    public async Task Inactive_subscribers_are_not_sent_to()
    {
        ChannelAnswers(_ => new SendOutcome.Sent());
        await PlanArticleForAsync("1");
        using (var db = database.Open())
        {
            db.Subscribers.Single().State = SubscriberState.Inactive;
            db.SaveChanges();
        }

        var summary = await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, summary.Cancelled);
        Assert.Empty(sent);
    }

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
        Assert.Equal(Seed.Now.AddSeconds(1), deferred.DueUtc);
        time.Advance(TimeSpan.FromSeconds(1));
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
            NullLogger<OutboxRecovery>.Instance);
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
        channel.Setup(c => c.SendAsync(It.IsAny<NewsMessage>(), It.IsAny<CancellationToken>()))
            .Returns<NewsMessage, CancellationToken>((message, _) =>
            {
                sentAt.TryAdd(message.Title, realTime.GetUtcNow());
                return Task.FromResult<SendOutcome>(new SendOutcome.Sent());
            });
        var run = new DeliveryDispatcher(
            new OutboxClaims(database.Contexts, Options.Create(slowOptions), realTime),
            new DeliverySender([channel.Object], slowLimiters, realTime, NullLogger<DeliverySender>.Instance), slowLimiters,
            new DeliveryOutcomeRecorder(database.Contexts, Options.Create(slowOptions), realTime, NullLogger<DeliveryOutcomeRecorder>.Instance),
            signal, Options.Create(slowOptions), NullLogger<DeliveryDispatcher>.Instance);
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
        await Task.Delay(1_500);

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

    public async Task DisposeAsync()
    {
        await limiters.DisposeAsync();
        database.Dispose();
    }
}
