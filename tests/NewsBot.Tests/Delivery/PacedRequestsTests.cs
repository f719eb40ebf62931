using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Delivery;
using NewsBot.Storage;

namespace NewsBot.Tests.Delivery;

/// <summary>
/// A request outside the outbox (a reply, an alert) waits out a flood wait exactly, pauses everyone else meanwhile,
/// keeps a chat's pace, and is given up after a few failures instead of being hammered.
/// </summary>
public sealed class PacedRequestsTests : IAsyncDisposable
{
    private readonly ChannelRateLimiters limiters = new(Options.Create(new DeliveryOptions()), TimeProvider.System);
    private readonly PacedRequests paced;

    public PacedRequestsTests() => paced = new PacedRequests(limiters, NullLogger<PacedRequests>.Instance, TimeSpan.FromMilliseconds(10));

    [Fact]
    public async Task A_flood_wait_is_sat_out_exactly_and_pauses_the_whole_channel_meanwhile()
    {
        var attempts = new List<DateTimeOffset>();
        var outcome = await paced.SendAsync(ChannelKind.Telegram, "1", SendLane.Reply, _ =>
        {
            attempts.Add(DateTimeOffset.UtcNow);
            return Task.FromResult<SendOutcome>(attempts.Count == 1
                ? new SendOutcome.RetryLater("Too Many Requests: retry after 1", TimeSpan.FromSeconds(1))
                : new SendOutcome.Sent());
        }, CancellationToken.None);

        Assert.IsType<SendOutcome.Sent>(outcome);
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromSeconds(1), $"{attempts[1] - attempts[0]}");
    }

    [Fact]
    public async Task Another_chat_waits_for_the_pause_a_flood_wait_set()
    {
        limiters.For(ChannelKind.Telegram).PauseFor(TimeSpan.FromMilliseconds(700));
        var started = DateTimeOffset.UtcNow;
        DateTimeOffset? sentAt = null;

        await paced.SendAsync(ChannelKind.Telegram, "2", SendLane.Reply, _ =>
        {
            sentAt = DateTimeOffset.UtcNow;
            return Task.FromResult<SendOutcome>(new SendOutcome.Sent());
        }, CancellationToken.None);

        Assert.True(sentAt - started >= TimeSpan.FromMilliseconds(650), $"{sentAt - started}");
    }

    [Fact]
    public async Task Two_messages_to_one_chat_are_a_second_apart()
    {
        var sent = new List<DateTimeOffset>();
        await paced.SendAsync(ChannelKind.Telegram, "warm-up", SendLane.Reply, _ => Task.FromResult<SendOutcome>(new SendOutcome.Sent()), CancellationToken.None);
        for (var i = 0; i < 2; i++)
        {
            await paced.SendAsync(ChannelKind.Telegram, "3", SendLane.Reply, _ =>
            {
                sent.Add(DateTimeOffset.UtcNow);
                return Task.FromResult<SendOutcome>(new SendOutcome.Sent());
            }, CancellationToken.None);
        }

        // One second, stretched by the headroom's share; a few milliseconds of clock and scheduling noise allowed.
        Assert.True(sent[1] - sent[0] >= TimeSpan.FromSeconds(0.99), $"{sent[1] - sent[0]}");
    }

    [Fact]
    public async Task A_refusal_is_not_tried_again_and_transient_failures_are_given_up_after_a_few_tries()
    {
        var refused = 0;
        var rejected = await paced.SendAsync(ChannelKind.WhatsApp, null, SendLane.Alert, _ =>
        {
            refused++;
            return Task.FromResult<SendOutcome>(new SendOutcome.Rejected("Bad Request: chat not found", DeactivateSubscriber: false));
        }, CancellationToken.None);
        Assert.IsType<SendOutcome.Rejected>(rejected);
        Assert.Equal(1, refused);

        var failures = 0;
        var failed = await paced.SendAsync(ChannelKind.Console, null, SendLane.Alert, _ =>
        {
            failures++;
            throw new HttpRequestException("Connection refused");
        }, CancellationToken.None);
        Assert.IsType<SendOutcome.RetryLater>(failed);
        Assert.Equal(PacedRequests.MaxFailures, failures);
    }

    public ValueTask DisposeAsync() => limiters.DisposeAsync();
}
