using Microsoft.Extensions.Configuration;
using NewsBot.Configuration;
using NewsBot.Sources;
using NewsBot.Storage;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Sources;

/// <summary>
/// An HTML listing source polled by the real refresher over real HTTP against the fake portal's "Berita" page: links
/// found, new article pages fetched and extracted, stored and planned through the real ingester on real SQLite.
/// </summary>
public sealed class HtmlListingSourceTests : IAsyncLifetime
{
    private IngestHarness harness = new();
    private FakeNewsSite site = null!;

    public async Task InitializeAsync() => site = await FakeNewsSite.StartAsync();

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        harness.Dispose();
    }

    private void UsePageBudget(int maxPagesPerPoll)
    {
        harness.Dispose();
        harness = new IngestHarness(maxPagesPerPoll: maxPagesPerPoll);
    }

    private void UsePageAttempts(int maxPageAttempts)
    {
        harness.Dispose();
        harness = new IngestHarness(maxPageAttempts: maxPageAttempts);
    }

    private static FakeArticle Article(string slug, string title, DateTimeOffset published, params string[] tags) => new(
        slug, title,
        $"<p>{title}. Pemerintah Kabupaten Demak menyampaikan kabar ini kepada seluruh warga melalui dinas terkait.</p>" +
        $"<p><img src=\"/img/{slug}-besar.jpg\" alt=\"\"></p><p>Warga diminta tetap waspada dan mengikuti arahan petugas di lapangan setiap hari.</p>",
        tags, published);

    private Task<RefreshResult> PollAsync(Source source) => harness.Refresher.RefreshAsync(source.Id, CancellationToken.None);

    /// <summary>Polls once the clock has moved on, as the scheduler would after the source's interval (300 s here).</summary>
    private Task<RefreshResult> PollAfterAsync(Source source, TimeSpan wait)
    {
        harness.Time.Advance(wait);
        return PollAsync(source);
    }

    [Fact]
    public async Task First_poll_stores_the_back_catalogue_then_a_new_article_on_the_listing_is_read_and_sent_once()
    {
        site.Publish(Article("pasar-bintoro-dibuka-kembali", "Pasar Bintoro Dibuka Kembali", Seed.Now.AddDays(-2), "ekonomi"));
        site.Publish(Article("jalan-lingkar-demak-diperbaiki", "Jalan Lingkar Demak Diperbaiki", Seed.Now.AddDays(-1), "infrastruktur"));
        var source = harness.AddSource(site.ListingUrl.ToString(), kind: SourceKind.HtmlListing);

        var baseline = await PollAsync(source);

        Assert.Equal((2, 0), (baseline.NewArticles, baseline.PlannedDeliveries));
        Assert.All(harness.Articles(), a => Assert.True(a.IsBaseline));

        var published = new DateTimeOffset(2026, 11, 29, 14, 5, 0, TimeSpan.FromHours(7));
        site.Publish(Article("banjir-rendam-tiga-desa-di-sayung", "Banjir Rendam Tiga Desa di Sayung & Karangtengah", published, "banjir", "Sayung"));
        var pagesBefore = site.AllArticleRequests();
        var result = await PollAsync(source);

        Assert.Equal((1, 1), (result.NewArticles, result.PlannedDeliveries));
        Assert.Equal(1, site.AllArticleRequests() - pagesBefore);
        Assert.Equal(1, site.ArticleRequests("banjir-rendam-tiga-desa-di-sayung"));
        Assert.Equal(1, harness.Deliveries());
        var article = harness.Articles().Single(a => !a.IsBaseline);
        Assert.Equal("Banjir Rendam Tiga Desa di Sayung & Karangtengah", article.Title);
        Assert.Equal(published.UtcDateTime, article.PublishedUtc);
        Assert.Equal(new Uri(site.BaseUrl, "berita/banjir-rendam-tiga-desa-di-sayung").ToString(), article.Url);
        Assert.Equal(new Uri(site.BaseUrl, "img/banjir-rendam-tiga-desa-di-sayung-besar.jpg").ToString(), article.ImageUrl);
        Assert.Contains("Warga diminta tetap waspada", article.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Terpopuler", article.Summary, StringComparison.Ordinal);
        Assert.Subset(harness.TagsOf(article.Id).ToHashSet(), new HashSet<string> { "banjir", "demak", "sayung" });
    }

    [Fact]
    public async Task An_unchanged_listing_costs_one_304_and_no_article_page()
    {
        site.Publish(Article("pasar-bintoro-dibuka-kembali", "Pasar Bintoro Dibuka Kembali", Seed.Now.AddDays(-2)));
        var source = harness.AddSource(site.ListingUrl.ToString(), kind: SourceKind.HtmlListing);
        await PollAsync(source);
        var pages = site.AllArticleRequests();

        var unchanged = await PollAsync(source);

        Assert.Equal(RefreshResult.Unchanged, unchanged);
        Assert.Equal(1, site.NotModifiedResponses);
        Assert.Equal(2, site.ListingRequests);
        Assert.Equal(pages, site.AllArticleRequests());
    }

    [Fact]
    public async Task A_failing_article_page_does_not_block_the_others_and_is_read_on_the_next_poll()
    {
        site.Publish(Article("pasar-bintoro-dibuka-kembali", "Pasar Bintoro Dibuka Kembali", Seed.Now.AddDays(-2)));
        var source = harness.AddSource(site.ListingUrl.ToString(), kind: SourceKind.HtmlListing);
        await PollAsync(source);

        site.Publish(Article("vaksinasi-massal-di-alun-alun", "Vaksinasi Massal di Alun-alun Demak", Seed.Now.AddHours(-2)));
        site.Publish(Article("banjir-rendam-tiga-desa-di-sayung", "Banjir Rendam Tiga Desa di Sayung", Seed.Now.AddHours(-1)));
        site.FailArticleWith("banjir-rendam-tiga-desa-di-sayung", 500);
        var first = await PollAsync(source);

        Assert.Equal((1, 1), (first.NewArticles, first.PlannedDeliveries));
        Assert.Null(harness.Reload(source.Id).ETag);

        // The listing has not changed, yet it is fetched in full again: its validators were dropped to retry the page.
        var second = await PollAfterAsync(source, TimeSpan.FromMinutes(5));

        Assert.Equal((1, 1), (second.NewArticles, second.PlannedDeliveries));
        Assert.Equal(0, site.NotModifiedResponses);
        Assert.Equal(2, site.ArticleRequests("banjir-rendam-tiga-desa-di-sayung"));
        Assert.Equal(1, site.ArticleRequests("vaksinasi-massal-di-alun-alun"));
        Assert.Equal(2, harness.Deliveries());
        Assert.NotNull(harness.Reload(source.Id).ETag);
        Assert.Equal(0, harness.Reload(source.Id).ConsecutiveFailures);
        Assert.Empty(harness.PageAttempts());
    }

    [Fact]
    public async Task A_page_that_keeps_failing_is_given_up_after_the_configured_attempts_and_no_longer_fetched()
    {
        UsePageAttempts(3);
        site.Publish(Article("pasar-bintoro-dibuka-kembali", "Pasar Bintoro Dibuka Kembali", Seed.Now.AddDays(-2)));
        var source = harness.AddSource(site.ListingUrl.ToString(), kind: SourceKind.HtmlListing);
        await PollAsync(source);
        site.Publish(Article("berita-yang-dihapus", "Berita yang Dihapus Redaksi", Seed.Now.AddHours(-1)));
        site.FailArticleWith("berita-yang-dihapus", 500, times: 100);

        await PollAsync(source);
        await PollAfterAsync(source, TimeSpan.FromMinutes(5));
        // The second failure doubles the wait to ten minutes: the poll five minutes later leaves the page alone.
        await PollAfterAsync(source, TimeSpan.FromMinutes(5));
        Assert.Equal(2, site.ArticleRequests("berita-yang-dihapus"));
        await PollAfterAsync(source, TimeSpan.FromMinutes(5));

        var attempt = Assert.Single(harness.PageAttempts());
        Assert.Equal((3, false), (attempt.Failures, attempt.GaveUpUtc is null));
        Assert.Equal(new Uri(site.BaseUrl, "berita/berita-yang-dihapus").ToString(), attempt.Url);
        var status = harness.Reload(source.Id);
        Assert.Contains("Gave up on the article page", status.LastError, StringComparison.Ordinal);
        Assert.Contains("berita-yang-dihapus", status.LastError, StringComparison.Ordinal);
        Assert.Contains("500", status.LastError, StringComparison.Ordinal);
        Assert.Equal(0, status.ConsecutiveFailures);

        // A new article changes the listing, so it is fetched in full: the given-up link is still on it and not requested.
        site.Publish(Article("jembatan-wonosalam-diresmikan", "Jembatan Wonosalam Diresmikan", harness.Time.GetUtcNow()));
        var after = await PollAfterAsync(source, TimeSpan.FromHours(1));
        await PollAfterAsync(source, TimeSpan.FromHours(1));

        Assert.Equal((1, 1), (after.NewArticles, after.PlannedDeliveries));
        Assert.Equal(3, site.ArticleRequests("berita-yang-dihapus"));
        // With nothing left to retry, the listing's validators are kept again: the last poll was a 304.
        Assert.Equal(1, site.NotModifiedResponses);
    }

    [Fact]
    public async Task A_page_that_failed_while_the_back_catalogue_was_taken_is_back_catalogue_when_read_later()
    {
        site.Publish(Article("pasar-bintoro-dibuka-kembali", "Pasar Bintoro Dibuka Kembali", Seed.Now.AddHours(-3)));
        site.Publish(Article("banjir-rendam-tiga-desa-di-sayung", "Banjir Rendam Tiga Desa di Sayung", Seed.Now.AddHours(-2)));
        site.FailArticleWith("banjir-rendam-tiga-desa-di-sayung", 503);
        var source = harness.AddSource(site.ListingUrl.ToString(), kind: SourceKind.HtmlListing);
        var baseline = await PollAsync(source);

        // Published two hours ago, well within OldItemGrace of the baseline poll: its date alone would make it news.
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var later = await PollAsync(source);

        Assert.Equal((1, 1), (baseline.NewArticles, later.NewArticles));
        Assert.Equal(0, later.PlannedDeliveries);
        Assert.All(harness.Articles(), a => Assert.True(a.IsBaseline));
        Assert.Equal(0, harness.Deliveries());
        Assert.Empty(harness.PageAttempts());
    }

    [Fact]
    public async Task A_back_catalogue_larger_than_the_page_budget_is_read_over_several_polls_and_none_of_it_is_sent()
    {
        UsePageBudget(2);
        for (var i = 1; i <= 5; i++)
            site.Publish(Article($"berita-lama-nomor-{i}", $"Berita Lama Nomor {i} dari Kabupaten", Seed.Now.AddHours(-i)));
        var source = harness.AddSource(site.ListingUrl.ToString(), kind: SourceKind.HtmlListing);

        var polls = new List<int>();
        for (var i = 0; i < 3; i++) polls.Add((await PollAsync(source)).NewArticles);
        var pagesAfterBaseline = site.AllArticleRequests();
        var fourth = await PollAsync(source);

        Assert.Equal([2, 2, 1], polls);
        Assert.Equal(5, harness.Articles().Count);
        Assert.All(harness.Articles(), a => Assert.True(a.IsBaseline));
        Assert.Equal(0, harness.Deliveries());
        Assert.True(harness.Reload(source.Id).BaselineTaken);
        Assert.Equal(RefreshResult.Unchanged, fourth);
        Assert.Equal(5, pagesAfterBaseline);
        Assert.Equal(5, site.AllArticleRequests());
    }

    [Fact]
    public async Task A_configured_link_selector_is_used_and_a_listing_without_links_is_a_failure_that_says_what_to_set()
    {
        site.Publish(Article("pasar-bintoro-dibuka-kembali", "Pasar Bintoro Dibuka Kembali", Seed.Now.AddDays(-2)));
        var selected = harness.AddSource(site.ListingUrl.ToString(), kind: SourceKind.HtmlListing, linkSelector: "h2.post-title a");
        var nothing = harness.AddSource(site.ListingUrl + "?nothing", kind: SourceKind.HtmlListing, linkSelector: "div.no-such-list a");

        var found = await PollAsync(selected);
        var failed = await PollAsync(nothing);

        Assert.Equal(1, found.NewArticles);
        Assert.Equal(NewsBot.Fetching.FetchProblemKind.NoArticleLinks, failed.Problem!.Kind);
        Assert.Contains("Found no article links", failed.Problem.Detail, StringComparison.Ordinal);
        Assert.Contains("LinkSelector", failed.Problem.Detail, StringComparison.Ordinal);
        Assert.Equal(1, harness.Reload(nothing.Id).ConsecutiveFailures);
    }

    [Fact]
    public void Configuration_refuses_an_invalid_selector_and_selectors_on_a_feed_naming_the_setting()
    {
        var options = new SourcesOptions
        {
            Feeds =
            [
                new SourceDefinition { Name = "Portal", Url = "https://demakkab.go.id/berita", Kind = SourceKind.HtmlListing, LinkSelector = "h2 >> a[" },
                new SourceDefinition { Name = "Feed", Url = "https://demakkab.go.id/feed", ContentSelector = "div.isi" },
                new SourceDefinition { Name = "Good", Url = "https://kudus.go.id/", Kind = SourceKind.HtmlListing, LinkSelector = "h2.title a" },
            ],
        };

        var result = new SettingsValidator<SourcesOptions>(SourcesOptions.SectionName, new ConfigurationBuilder().Build()).Validate(null, options);

        Assert.Equal(2, result.Failures!.Count());
        Assert.StartsWith("Sources:Feeds:0:LinkSelector (Sources__Feeds__0__LinkSelector) = 'h2 >> a[' is not a valid CSS selector (source 'Portal')", result.Failures!.First(), StringComparison.Ordinal);
        Assert.StartsWith("Sources:Feeds:1:Kind (Sources__Feeds__1__Kind) = 'Feed' must be HtmlListing when the source has a LinkSelector", result.Failures!.Last(), StringComparison.Ordinal);
    }
}
