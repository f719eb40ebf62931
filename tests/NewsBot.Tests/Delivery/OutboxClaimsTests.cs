using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Delivery;

/// <summary>What a claim takes from a real SQLite outbox, and in which order.</summary>
public sealed class OutboxClaimsTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(Seed.Now);
    private readonly Dictionary<string, long> rowOf = [];

    public OutboxClaimsTests()
    {
        using var db = database.Open();
        var article = Seed.Article(db, Seed.Source(db), "Banjir di Sayung", "banjir");
        // Chat name → (status, priority, due, lease end), as a crash and a busy outbox leave them.
        var rows = new (string Chat, DeliveryStatus Status, int Priority, TimeSpan Due, TimeSpan? Lease)[]
        {
            ("due-news", DeliveryStatus.Pending, DeliveryPriority.News, TimeSpan.FromMinutes(-5), null),
            ("abandoned-old-news", DeliveryStatus.Sending, DeliveryPriority.News, TimeSpan.FromMinutes(-10), TimeSpan.FromMinutes(-1)),
            ("abandoned-urgent", DeliveryStatus.Sending, DeliveryPriority.Urgent, TimeSpan.Zero, TimeSpan.FromSeconds(-1)),
            ("due-digest", DeliveryStatus.Pending, DeliveryPriority.Digest, TimeSpan.FromHours(-1), null),
            ("claimed-elsewhere", DeliveryStatus.Sending, DeliveryPriority.Urgent, TimeSpan.FromMinutes(-20), TimeSpan.FromMinutes(1)),
            ("after-quiet-hours", DeliveryStatus.Pending, DeliveryPriority.Urgent, TimeSpan.FromHours(1), null),
            ("held-for-digest", DeliveryStatus.Held, DeliveryPriority.News, TimeSpan.FromHours(-2), null),
        };
        foreach (var row in rows)
        {
            var subscriber = Seed.Subscriber(db, row.Chat, tags: ["banjir"]);
            var delivery = new NewsBot.Storage.Delivery
            {
                ArticleId = article.Id, SubscriberId = subscriber.Id, Status = row.Status, Priority = row.Priority,
                DueUtc = Seed.Now + row.Due, LeaseUntilUtc = row.Lease is { } lease ? Seed.Now + lease : null, CreatedUtc = Seed.Now,
            };
            db.Deliveries.Add(delivery);
            db.SaveChanges();
            rowOf[row.Chat] = delivery.Id;
        }
    }

    [Fact]
    public async Task Due_rows_and_abandoned_claims_come_most_urgent_first_then_oldest()
    {
        var claimed = await Claims().ClaimAsync(10, int.MinValue, CancellationToken.None);

        Assert.Equal(["abandoned-urgent", "abandoned-old-news", "due-news", "due-digest"], claimed.Select(c => c.ChatId));
        using var db = database.Open();
        var leased = db.Deliveries.Where(d => d.Status == DeliveryStatus.Sending && d.LeaseUntilUtc > Seed.Now).Select(d => d.Id).ToHashSet();
        Assert.Subset(leased, claimed.Select(c => c.Id).ToHashSet()); // every claimed row is now under this claim's lease
    }

    [Fact]
    public async Task A_small_batch_takes_the_head_of_that_order()
    {
        var claimed = await Claims().ClaimAsync(2, int.MinValue, CancellationToken.None);

        Assert.Equal(["abandoned-urgent", "abandoned-old-news"], claimed.Select(c => c.ChatId));
        var next = await Claims().ClaimAsync(2, int.MinValue, CancellationToken.None);
        Assert.Equal(["due-news", "due-digest"], next.Select(c => c.ChatId));
    }

    [Fact]
    public async Task An_urgent_only_claim_leaves_ordinary_rows()
    {
        var claimed = await Claims().ClaimAsync(10, DeliveryPriority.Urgent, CancellationToken.None);

        Assert.Equal(["abandoned-urgent"], claimed.Select(c => c.ChatId));
    }

    [Fact]
    public async Task A_live_lease_a_future_due_time_and_a_held_row_are_not_claimed_until_their_time()
    {
        await Claims().ClaimAsync(10, int.MinValue, CancellationToken.None);
        Assert.Empty(await Claims().ClaimAsync(10, int.MinValue, CancellationToken.None));

        time.Advance(TimeSpan.FromMinutes(2)); // The other claimer's lease has run out; quiet hours have not.
        Assert.Equal(["claimed-elsewhere"], (await Claims().ClaimAsync(10, int.MinValue, CancellationToken.None)).Select(c => c.ChatId));

        time.Advance(TimeSpan.FromHours(1));
        var later = await Claims().ClaimAsync(10, int.MinValue, CancellationToken.None);
        // The first claims' leases (two minutes) ran out too, so those rows come back with the one after quiet hours;
        // the held row waits for the digest job, which the dispatcher never does.
        Assert.DoesNotContain("held-for-digest", later.Select(c => c.ChatId));
        Assert.Contains("after-quiet-hours", later.Select(c => c.ChatId));
    }

    private OutboxClaims Claims() => new(database.Contexts, Options.Create(new DeliveryOptions()), time);

    public void Dispose() => database.Dispose();
}
