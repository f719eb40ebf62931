using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Delivery;
using NewsBot.Broadcasts;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Matching;

/// <summary>
/// An admin's broadcast meets the citizens' timing: an ordinary one waits for quiet hours to end but is never folded
/// into a digest (the admin's words go whole); an urgent notice goes to everyone at once.
/// </summary>
public sealed class QuietHoursBroadcastTests : IDisposable
{
    // 16:00 UTC is 23:00 WIB, inside 22:00-06:00, which ends at 23:00 UTC.
    private static readonly DateTime LateEvening = Seed.Now.AddHours(8);
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(LateEvening);

    private async Task<(long Quiet, long Digest, long Plain, long ArticleId)> SeedAsync()
    {
        using var db = database.Open();
        var quiet = Seed.Subscriber(db, "1", tags: ["banjir"]);
        quiet.QuietFrom = new TimeOnly(22, 0);
        quiet.QuietUntil = new TimeOnly(6, 0);
        var digest = Seed.Subscriber(db, "2", tags: ["banjir"]);
        digest.DailyDigest = true;
        var plain = Seed.Subscriber(db, "3", tags: ["ekonomi"]);
        var article = Seed.Article(db, Seed.Source(db), "Pengumuman: pelayanan KTP libur besok");
        await db.SaveChangesAsync();
        return (quiet.Id, digest.Id, plain.Id, article.Id);
    }

    private Task<int> PlanAsync(long articleId, int priority) =>
        new BroadcastAudience(database.Contexts, Options.Create(new BroadcastOptions { PlanningBatchSize = 2 }), time, NullLogger<BroadcastAudience>.Instance)
            .PlanAsync(articleId, tag: null, priority, _ => Task.CompletedTask, CancellationToken.None);

    [Fact]
    public async Task An_ordinary_broadcast_waits_for_quiet_hours_and_reaches_digest_chats_as_its_own_message()
    {
        var (quiet, digest, plain, articleId) = await SeedAsync();

        Assert.Equal(3, await PlanAsync(articleId, DeliveryPriority.News));

        using var db = database.Open();
        var rows = db.Deliveries.ToDictionary(d => d.SubscriberId, d => (d.Status, d.DueUtc));
        Assert.Equal((DeliveryStatus.Pending, Seed.Now.AddHours(15)), rows[quiet]);
        Assert.Equal((DeliveryStatus.Pending, LateEvening), rows[digest]);
        Assert.Equal((DeliveryStatus.Pending, LateEvening), rows[plain]);
    }

    [Fact]
    public async Task An_urgent_notice_reaches_every_chat_at_once()
    {
        var (_, _, _, articleId) = await SeedAsync();

        await PlanAsync(articleId, DeliveryPriority.Urgent);

        using var db = database.Open();
        Assert.All(db.Deliveries, d => Assert.Equal((DeliveryStatus.Pending, LateEvening), (d.Status, d.DueUtc)));
    }

    public void Dispose() => database.Dispose();
}
