using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Matching;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Matching;

public sealed class DeliveryPlannerTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly DeliveryPlanner planner;

    public DeliveryPlannerTests() =>
        planner = new DeliveryPlanner(database.Contexts, new FakeTimeProvider(Seed.Now), NullLogger<DeliveryPlanner>.Instance);

    [Fact]
    public async Task Plans_one_row_per_active_subscriber_whose_tags_meet_the_article()
    {
        long articleId;
        long economyFan, both;
        using (var db = database.Open())
        {
            var source = Seed.Source(db);
            articleId = Seed.Article(db, source, "Harga cabai turun", "ekonomi", "demak").Id;
            economyFan = Seed.Subscriber(db, "1", tags: ["ekonomi"]).Id;
            both = Seed.Subscriber(db, "2", tags: ["ekonomi", "demak"]).Id;
            Seed.Subscriber(db, "3", tags: ["kesehatan"]);
            Seed.Subscriber(db, "4", state: SubscriberState.Inactive, tags: ["ekonomi"]);
        }

        var planned = await planner.PlanAsync([articleId], priority: 0, CancellationToken.None);

        Assert.Equal(2, planned);
        using var check = database.Open();
        var recipients = check.Deliveries.Where(d => d.ArticleId == articleId).Select(d => d.SubscriberId).Order().ToList();
        Assert.Equal([economyFan, both], recipients);
        Assert.All(check.Deliveries, d => Assert.Equal(DeliveryStatus.Pending, d.Status));
    }

    [Fact]
    public async Task Planning_the_same_article_again_adds_nothing()
    {
        long articleId;
        using (var db = database.Open())
        {
            articleId = Seed.Article(db, Seed.Source(db), "Banjir", "banjir").Id;
            Seed.Subscriber(db, "1", tags: ["banjir"]);
        }

        Assert.Equal(1, await planner.PlanAsync([articleId], 0, CancellationToken.None));
        Assert.Equal(0, await planner.PlanAsync([articleId], 0, CancellationToken.None));
        using var check = database.Open();
        Assert.Equal(1, check.Deliveries.Count());
    }

    [Fact]
    public async Task An_all_topics_subscriber_gets_every_article_once_but_not_while_inactive()
    {
        long tagged, untagged, newsroom;
        using (var db = database.Open())
        {
            var source = Seed.Source(db);
            tagged = Seed.Article(db, source, "Harga cabai turun", "ekonomi").Id;
            untagged = Seed.Article(db, source, "Pengumuman tanpa topik").Id;
            var channel = Seed.Subscriber(db, "-1001234567890", tags: ["ekonomi"]);
            channel.AllTopics = true;
            var stopped = Seed.Subscriber(db, "-1009999", state: SubscriberState.Inactive);
            stopped.AllTopics = true;
            db.SaveChanges();
            newsroom = channel.Id;
            Seed.Subscriber(db, "1", tags: ["kesehatan"]);
        }

        var planned = await planner.PlanAsync([tagged, untagged], priority: 0, CancellationToken.None);

        Assert.Equal(2, planned);
        using var check = database.Open();
        Assert.All(check.Deliveries, d => Assert.Equal(newsroom, d.SubscriberId));
        Assert.Equal([tagged, untagged], check.Deliveries.Select(d => d.ArticleId).Order().ToList());
    }

    public void Dispose() => database.Dispose();
}
