using NewsBot.Extraction;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Sources;

/// <summary>A WordPress source polled through its REST API by the real refresher, against a fake WordPress site.</summary>
public sealed class WordPressSourceTests : IAsyncLifetime
{
    private readonly IngestHarness harness = new();
    private FakeWordPressSite site = null!;

    public async Task InitializeAsync() => site = await FakeWordPressSite.StartAsync();

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        harness.Dispose();
    }

    private static FakeArticle Post(string slug, string title, DateTimeOffset published, params string[] tags) =>
        new(slug, title, $"<p>{title}. Pemerintah Kabupaten Demak menyampaikan kabar ini kepada warga.</p>", tags, published);

    [Fact]
    public async Task New_post_is_read_with_terms_image_and_gmt_date_and_an_unchanged_site_costs_a_304()
    {
        site.Publish(Post("lama", "Berita lama", Seed.Now.AddDays(-2), "pertanian"));
        var source = harness.AddSource(site.BaseUrl.ToString(), kind: SourceKind.WordPress);
        await harness.Refresher.RefreshAsync(source.Id, CancellationToken.None);

        var published = new DateTimeOffset(2026, 11, 29, 14, 5, 0, TimeSpan.FromHours(7));
        site.Publish(Post("banjir-sayung", "Banjir di Sayung & Karangtengah", published, "banjir", "Sayung"));
        var result = await harness.Refresher.RefreshAsync(source.Id, CancellationToken.None);
        var unchanged = await harness.Refresher.RefreshAsync(source.Id, CancellationToken.None);

        Assert.Equal(1, result.NewArticles);
        Assert.Equal(1, harness.Deliveries());
        var article = harness.Articles().Single(a => !a.IsBaseline);
        Assert.Equal("Banjir di Sayung & Karangtengah", article.Title);
        Assert.Equal(published.UtcDateTime, article.PublishedUtc);
        Assert.EndsWith("/2026/11/banjir-sayung/", article.Url, StringComparison.Ordinal);
        Assert.EndsWith("wp-content/uploads/banjir-sayung.jpg", article.ImageUrl, StringComparison.Ordinal);
        Assert.Contains("_embed", site.LastQuery, StringComparison.Ordinal);
        Assert.Contains("per_page=20", site.LastQuery, StringComparison.Ordinal);
        Assert.Equal((0, 1), (unchanged.NewArticles, site.NotModifiedResponses));
    }

    [Fact]
    public void Reader_takes_category_and_tag_names_and_refuses_what_is_not_a_list_of_posts()
    {
        var json = """
            [{"id":5,"date_gmt":"2026-11-29T07:05:00","modified_gmt":"2026-11-29T08:00:00","guid":{"rendered":"https://demakkab.go.id/?p=5"},
              "link":"https://demakkab.go.id/2026/11/pasar/","title":{"rendered":"Pasar &#8220;Bintoro&#8221; dibuka"},
              "excerpt":{"rendered":"<p>Ringkas.</p>"},"content":{"rendered":"<p>Isi.</p>"},
              "_embedded":{"wp:term":[[{"name":"Ekonomi"}],[{"name":"pasar"},{"name":"Bintoro"}]]}}]
            """u8.ToArray();

        var item = Assert.Single(WordPressPostsReader.Read(json, new Uri("https://demakkab.go.id/wp-json/wp/v2/posts")));

        Assert.Equal("Pasar \u201cBintoro\u201d dibuka", item.Title);
        Assert.Equal(["Ekonomi", "pasar", "Bintoro"], item.Categories);
        Assert.Equal(new DateTime(2026, 11, 29, 7, 5, 0, DateTimeKind.Utc), item.PublishedUtc);
        Assert.Equal(DateTimeKind.Utc, item.UpdatedUtc!.Value.Kind);
        Assert.Null(item.ImageUrl);
        Assert.Throws<FeedFormatException>(() => WordPressPostsReader.Read("""{"code":"rest_no_route"}"""u8.ToArray(), new Uri("https://demakkab.go.id/")));
    }

    [Theory]
    [InlineData("https://demakkab.go.id", "https://demakkab.go.id/wp-json/wp/v2/posts?_embed&per_page=20")]
    [InlineData("https://demakkab.go.id/portal", "https://demakkab.go.id/portal/wp-json/wp/v2/posts?_embed&per_page=20")]
    [InlineData("https://demakkab.go.id/wp-json/wp/v2/posts?categories=3", "https://demakkab.go.id/wp-json/wp/v2/posts?categories=3")]
    public void Posts_url_is_found_from_the_site_address(string site, string expected)
    {
        Assert.Equal(expected, WordPressPostsReader.PostsUrl(new Uri(site), 20).ToString());
    }
}
