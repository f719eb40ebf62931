using NewsBot.Extraction;
using NewsBot.Sources;
using NewsBot.Storage.Search;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Sources;

/// <summary>Dedup, edits and the back catalogue over real SQLite, with feed items as a source would give them.</summary>
public sealed class ArticleIngesterTests : IDisposable
{
    private readonly IngestHarness harness = new();

    public void Dispose() => harness.Dispose();

    private static FeedItem Item(string? guid, string url, string title = "Bupati resmikan pasar", DateTime? published = null,
        DateTime? updated = null, string summary = "Pasar baru dibuka untuk warga.") =>
        new(guid, new Uri(url), title, published ?? Seed.Now.AddHours(-1), ["ekonomi"], null, summary, null, updated);

    private async Task<int> BaselinedSourceAsync(params FeedItem[] items)
    {
        var source = harness.AddSource("https://demakkab.go.id/feed");
        await harness.IngestAsync(source.Id, items);
        return source.Id;
    }

    private Task<RefreshResult> PollAsync(int sourceId, params FeedItem[] items) => harness.IngestAsync(sourceId, items);

    [Fact]
    public async Task First_poll_is_stored_as_back_catalogue_and_a_new_item_afterwards_is_sent()
    {
        var id = await BaselinedSourceAsync(Item("1", "https://demakkab.go.id/berita/a"));

        var result = await PollAsync(id, Item("2", "https://demakkab.go.id/berita/b"), Item("1", "https://demakkab.go.id/berita/a"));

        Assert.Equal(1, result.NewArticles);
        Assert.Equal([true, false], harness.Articles().Select(a => a.IsBaseline));
        Assert.Equal(1, harness.Deliveries());
    }

    [Fact]
    public async Task Changed_guid_with_the_same_url_is_not_new()
    {
        var id = await BaselinedSourceAsync(Item("guid-1", "https://demakkab.go.id/berita/a"));

        var result = await PollAsync(id, Item("guid-changed", "https://demakkab.go.id/berita/a"));

        Assert.Equal(0, result.NewArticles);
        Assert.Single(harness.Articles());
    }

    [Theory]
    [InlineData("http://demakkab.go.id/berita/a")]
    [InlineData("https://www.demakkab.go.id/berita/a/")]
    [InlineData("https://demakkab.go.id/berita/a?utm_source=whatsapp&utm_medium=share")]
    [InlineData("https://demakkab.go.id/berita/a/amp/")]
    [InlineData("https://demakkab.go.id/berita/a#komentar")]
    public async Task Same_article_under_another_url_is_not_new(string variant)
    {
        var id = await BaselinedSourceAsync(Item(null, "https://demakkab.go.id/berita/a"));

        var result = await PollAsync(id, Item(null, variant));

        Assert.Equal(0, result.NewArticles);
        Assert.Single(harness.Articles());
    }

    [Fact]
    public async Task Same_guid_under_a_new_permalink_is_not_new()
    {
        var id = await BaselinedSourceAsync(Item("https://demakkab.go.id/?p=123", "https://demakkab.go.id/2026/11/pasar"));

        var result = await PollAsync(id, Item("https://demakkab.go.id/?p=123", "https://demakkab.go.id/berita/pasar-baru"));

        Assert.Equal(0, result.NewArticles);
        Assert.Single(harness.Articles());
    }

    [Fact]
    public async Task Reordered_items_are_not_new()
    {
        FeedItem[] items = [Item("1", "https://demakkab.go.id/berita/a"), Item("2", "https://demakkab.go.id/berita/b"), Item("3", "https://demakkab.go.id/berita/c")];
        var id = await BaselinedSourceAsync(items);

        var result = await PollAsync(id, items[2], items[0], items[1]);

        Assert.Equal(0, result.NewArticles);
        Assert.Equal(0, harness.Deliveries());
    }

    [Fact]
    public async Task Edited_article_is_updated_in_storage_and_not_sent_again()
    {
        var id = await BaselinedSourceAsync();
        await PollAsync(id, Item("1", "https://demakkab.go.id/berita/a"));
        Assert.Equal(1, harness.Deliveries());

        var edited = Item("1", "https://demakkab.go.id/berita/a", title: "Bupati resmikan pasar baru (ralat)",
            updated: Seed.Now, summary: "Pasar baru dibuka untuk warga Demak sejak pagi.");
        var result = await PollAsync(id, edited);

        var article = Assert.Single(harness.Articles());
        Assert.Equal((0, 1), (result.NewArticles, result.UpdatedArticles));
        Assert.Equal("Bupati resmikan pasar baru (ralat)", article.Title);
        Assert.Contains("sejak pagi", article.Summary, StringComparison.Ordinal);
        Assert.Equal(Seed.Now, article.UpdatedUtc);
        Assert.Equal(1, harness.Deliveries());
    }

    [Fact]
    public async Task Search_finds_an_edited_article_by_its_new_words_and_no_longer_by_the_ones_taken_out()
    {
        var id = await BaselinedSourceAsync();
        await PollAsync(id, Item("1", "https://demakkab.go.id/berita/a", title: "Bupati resmikan pasar Bintoro"));
        Assert.Equal(1, await harness.Search.IndexNewAsync(CancellationToken.None));

        // The newsroom corrects the market's name.
        await PollAsync(id, Item("1", "https://demakkab.go.id/berita/a", title: "Bupati resmikan pasar Karangtengah", updated: Seed.Now));

        var article = Assert.Single(harness.Articles());
        Assert.Equal([article.Id], (await harness.Search.SearchAsync(SearchTerms.Of("Karangtengah"), 5, CancellationToken.None)).Hits.Select(h => h.Id));
        Assert.Empty((await harness.Search.SearchAsync(SearchTerms.Of("Bintoro"), 5, CancellationToken.None)).Hits);
    }

    [Fact]
    public async Task Unchanged_article_is_not_rewritten()
    {
        var id = await BaselinedSourceAsync(Item("1", "https://demakkab.go.id/berita/a"));

        var result = await PollAsync(id, Item("1", "https://demakkab.go.id/berita/a"));

        Assert.Equal(0, result.UpdatedArticles);
    }

    [Fact]
    public async Task After_an_outage_items_older_than_the_last_success_are_stored_but_not_sent()
    {
        var lastSuccess = Seed.Now.AddDays(-5);
        var source = harness.AddSource("https://demakkab.go.id/feed", baselineTaken: true, lastSuccessUtc: lastSuccess);

        var result = await harness.IngestAsync(source.Id,
        
            Item("new", "https://demakkab.go.id/berita/new", published: Seed.Now.AddHours(-2)),
            Item("during-outage", "https://demakkab.go.id/berita/during", published: lastSuccess.AddDays(2)),
            Item("old", "https://demakkab.go.id/berita/old", published: lastSuccess.AddDays(-3)));

        Assert.Equal(3, result.NewArticles);
        Assert.Equal(2, harness.Deliveries());
        Assert.True(harness.Articles().Single(a => a.Url.EndsWith("/old", StringComparison.Ordinal)).IsBaseline);
    }

    [Fact]
    public async Task Item_within_the_grace_period_of_the_last_success_is_still_sent()
    {
        var source = harness.AddSource("https://demakkab.go.id/feed", baselineTaken: true, lastSuccessUtc: Seed.Now.AddMinutes(-5));

        await harness.IngestAsync(source.Id, Item("late", "https://demakkab.go.id/berita/late", published: Seed.Now.AddHours(-20)));

        Assert.Equal(1, harness.Deliveries());
    }
}
