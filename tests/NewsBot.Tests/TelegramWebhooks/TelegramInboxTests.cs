using Microsoft.Extensions.Time.Testing;
using NewsBot.Chat.Telegram;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.TelegramWebhooks;

/// <summary>
/// The webhook inbox over a real database (SQLite, or PostgreSQL with NEWSBOT_TEST_POSTGRES): an update stored once,
/// claimed by one claimer however many ask at once, free again when its claim runs out, and retried when due.
/// </summary>
public sealed class TelegramInboxTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(Seed.Now);

    private TelegramInbox Inbox() => new(database.Contexts, time);

    [Fact]
    public async Task An_update_stored_twice_is_one_row()
    {
        var inbox = Inbox();

        Assert.True(await inbox.AddAsync(700_000_001, "{\"update_id\":700000001}", CancellationToken.None));
        Assert.False(await inbox.AddAsync(700_000_001, "{\"update_id\":700000001}", CancellationToken.None));

        using var db = database.Open();
        Assert.Single(db.TelegramInbound);
    }

    [Fact]
    public async Task Claimers_asking_at_once_never_take_the_same_update()
    {
        const int updates = 300, claimers = 4;
        for (var i = 0; i < updates; i++) await Inbox().AddAsync(800_000_000 + i, "{}", CancellationToken.None);

        // Several instances' workers, let go at the same moment, each claiming small batches until nothing is left.
        using var start = new Barrier(claimers);
        var claims = await Task.WhenAll(Enumerable.Range(0, claimers).Select(_ => Task.Factory.StartNew(() =>
        {
            var inbox = Inbox();
            var taken = new List<long>();
            start.SignalAndWait();
            while (inbox.ClaimAsync(2, Lease, CancellationToken.None).GetAwaiter().GetResult() is { Count: > 0 } batch)
                taken.AddRange(batch.Select(u => u.UpdateId));
            return taken;
        }, TaskCreationOptions.LongRunning)));

        var all = claims.SelectMany(taken => taken).ToList();
        Assert.Equal(updates, all.Count);
        Assert.Equal(updates, all.Distinct().Count());
    }

    [Fact]
    public async Task A_claimed_update_is_free_again_only_when_its_claim_runs_out()
    {
        var inbox = Inbox();
        await inbox.AddAsync(700_000_002, "{}", CancellationToken.None);
        var first = Assert.Single(await inbox.ClaimAsync(10, Lease, CancellationToken.None));

        Assert.Empty(await inbox.ClaimAsync(10, Lease, CancellationToken.None));
        time.Advance(Lease);
        Assert.Empty(await inbox.ClaimAsync(10, Lease, CancellationToken.None));
        // Its claimer died: another takes it over.
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(first.Id, Assert.Single(await inbox.ClaimAsync(10, Lease, CancellationToken.None)).Id);
    }

    [Fact]
    public async Task An_update_given_back_for_a_retry_waits_until_due_and_a_completed_one_never_comes_back()
    {
        var inbox = Inbox();
        await inbox.AddAsync(700_000_003, "{}", CancellationToken.None);
        await inbox.AddAsync(700_000_004, "{}", CancellationToken.None);
        var claimed = await inbox.ClaimAsync(10, Lease, CancellationToken.None);
        await inbox.RetryLaterAsync(claimed[0].Id, 1, "database locked", Seed.Now.AddSeconds(2), CancellationToken.None);
        await inbox.CompleteAsync(claimed[1].Id, 1, error: null, CancellationToken.None);

        Assert.Empty(await inbox.ClaimAsync(10, Lease, CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(2));
        var retried = Assert.Single(await inbox.ClaimAsync(10, Lease, CancellationToken.None));

        Assert.Equal(700_000_003, retried.UpdateId);
        Assert.Equal(1, retried.Attempts);
    }

    [Fact]
    public async Task An_update_released_on_shutdown_is_free_at_once()
    {
        var inbox = Inbox();
        await inbox.AddAsync(700_000_005, "{}", CancellationToken.None);
        var claimed = Assert.Single(await inbox.ClaimAsync(10, Lease, CancellationToken.None));

        await inbox.ReleaseAsync(claimed.Id, CancellationToken.None);

        Assert.Equal(claimed.Id, Assert.Single(await inbox.ClaimAsync(10, Lease, CancellationToken.None)).Id);
    }

    public void Dispose() => database.Dispose();
}
