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

    public void Dispose() => database.Dispose();
}
