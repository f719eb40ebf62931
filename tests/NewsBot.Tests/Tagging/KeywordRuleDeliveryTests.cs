using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Extraction.Tagging;
using NewsBot.Matching;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Tagging;

/// <summary>A keyword rule's tag is as good as a source's: it reaches the subscribers who chose it.</summary>
public sealed class KeywordRuleDeliveryTests : IDisposable
{
    private readonly TestDatabase database = new();

    [Fact]
    public async Task An_article_mentioning_kebanjiran_is_planned_for_banjir_subscribers()
    {
        var tagger = new ArticleTagger(Options.Create(new TaggingOptions
        {
            KeywordRules = new() { ["banjir"] = ["banjir", "rob"] },
        }));
        var tags = tagger.Tag(["Demak"], "Ratusan rumah di Sayung terendam",
            "Warga Desa Timbulsloko kebanjiran sejak Minggu malam. BPBD mendirikan dapur umum.");
        Assert.Equal(["demak", "banjir"], tags);

        long articleId, floodFan;
        using (var db = database.Open())
        {
            var source = Seed.Source(db);
            articleId = Seed.Article(db, source, "Ratusan rumah di Sayung terendam", [.. tags]).Id;
            floodFan = Seed.Subscriber(db, "1", tags: ["banjir"]).Id;
            Seed.Subscriber(db, "2", tags: ["ekonomi"]);
        }

        var planner = new DeliveryPlanner(database.Contexts, new FakeTimeProvider(Seed.Now), NullLogger<DeliveryPlanner>.Instance);
        Assert.Equal(1, await planner.PlanAsync([articleId], priority: 0, CancellationToken.None));
        using var check = database.Open();
        Assert.Equal(floodFan, check.Deliveries.Single().SubscriberId);
    }

    public void Dispose() => database.Dispose();
}
