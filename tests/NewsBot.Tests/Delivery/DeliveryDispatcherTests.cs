using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using NewsBot.Delivery;
using NewsBot.Matching;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Delivery;

/// <summary>How the dispatcher records each kind of channel answer.</summary>
public sealed class DeliveryDispatcherTests : DispatcherTestsBase
{
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
    public async Task Rows_of_a_stopped_broadcast_already_claimed_are_skipped_and_recorded_as_withdrawn()
    {
        ChannelAnswers(_ => new SendOutcome.Sent());
        var articleId = await PlanArticleForAsync("1", "2", "3");
        // The stop lands after the rows were claimed: they are still "sending" in the outbox, queued in the dispatcher.
        Withdrawn.Add(articleId);

        var summary = await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Empty(sent);
        Assert.Equal((0, 3), (summary.Sent, summary.Cancelled));
        Assert.All(Deliveries(), d => Assert.Equal((DeliveryStatus.Withdrawn, DeliveryOutcomeRecorder.WithdrawnReason), (d.Status, d.LastError)));
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
}
