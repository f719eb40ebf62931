using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.FakesTests;

/// <summary>The fake portal serves well-formed feeds and pages and honours conditional GETs like a real web server.</summary>
public sealed class FakeNewsSiteTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Wib = new(2025, 3, 3, 8, 15, 0, TimeSpan.FromHours(7));
    private readonly HttpClient _http = new();
    private FakeNewsSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await FakeNewsSite.StartAsync();
        _site.Publish(new FakeArticle(
            "banjir-desa-a", "Banjir Rendam Desa A & B", "<p>Hujan deras sejak <strong>Minggu</strong> malam.</p>",
            ["Bencana", "Desa A"], Wib));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Feed_answers_200_with_validators_then_304_for_a_matching_etag()
    {
        using var first = await _http.GetAsync(_site.FeedUrl);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal("application/rss+xml", first.Content.Headers.ContentType?.MediaType);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, _site.FeedUrl);
        conditional.Headers.IfNoneMatch.Add(etag);
        using var second = await _http.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal((2, 1), (_site.FeedRequests, _site.NotModifiedResponses));
    }

    [Fact]
    public async Task If_modified_since_alone_gets_304_until_something_is_published()
    {
        using var first = await _http.GetAsync(_site.FeedUrl);
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var unchanged = await GetSinceAsync(lastModified);
        _site.Publish(new FakeArticle("pasar", "Pasar Baru Dibuka", "<p>Isi</p>", ["Ekonomi"], Wib.AddHours(1)));
        using var changed = await GetSinceAsync(lastModified);

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task Publishing_changes_the_etag_and_the_old_one_no_longer_matches()
    {
        using var before = await _http.GetAsync(_site.FeedUrl);
        _site.Publish(new FakeArticle("pasar", "Pasar Baru Dibuka", "<p>Isi</p>", ["Ekonomi"], Wib.AddHours(1)));

        using var conditional = new HttpRequestMessage(HttpMethod.Get, _site.FeedUrl);
        conditional.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await _http.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("Pasar Baru Dibuka", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rss_items_carry_guid_link_rfc822_date_categories_and_content()
    {
        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        var feed = XDocument.Parse(await _http.GetStringAsync(_site.FeedUrl));

        var item = Assert.Single(feed.Descendants("item"));
        var link = new Uri(_site.BaseUrl, "berita/banjir-desa-a").ToString();
        Assert.Equal("Banjir Rendam Desa A & B", item.Element("title")?.Value);
        Assert.Equal(link, item.Element("link")?.Value);
        Assert.Equal(link, item.Element("guid")?.Value);
        Assert.Equal("Mon, 03 Mar 2025 08:15:00 +0700", item.Element("pubDate")?.Value);
        Assert.Equal(["Bencana", "Desa A"], item.Elements("category").Select(c => c.Value));
        Assert.Equal("Hujan deras sejak Minggu malam.", item.Element("description")?.Value);
        Assert.Equal("<p>Hujan deras sejak <strong>Minggu</strong> malam.</p>", item.Element(content + "encoded")?.Value);
    }

    [Fact]
    public async Task Atom_feed_lists_the_same_articles()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await _http.GetStringAsync(_site.AtomUrl));

        var entry = Assert.Single(feed.Descendants(atom + "entry"));
        Assert.Equal("Banjir Rendam Desa A & B", entry.Element(atom + "title")?.Value);
        Assert.Equal("2025-03-03T08:15:00+07:00", entry.Element(atom + "published")?.Value);
    }

    [Fact]
    public async Task Article_page_has_headline_body_and_tag_links_and_unknown_slugs_are_404()
    {
        var page = await _http.GetStringAsync(new Uri(_site.BaseUrl, "berita/banjir-desa-a"));
        using var missing = await _http.GetAsync(new Uri(_site.BaseUrl, "berita/tidak-ada"));

        Assert.Contains("<h1 class=\"entry-title\">Banjir Rendam Desa A &amp; B</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Minggu</strong>", page, StringComparison.Ordinal);
        Assert.Contains("tag/desa-a\" rel=\"tag\">Desa A</a>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Scripted_feed_failures_are_served_the_given_number_of_times()
    {
        _site.FailFeedWith(503, times: 2);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await _http.GetAsync(_site.FeedUrl);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], statuses);
        Assert.Equal(3, _site.FeedRequests);
    }

    private async Task<HttpResponseMessage> GetSinceAsync(DateTimeOffset since)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _site.FeedUrl);
        request.Headers.IfModifiedSince = since;
        return await _http.SendAsync(request);
    }
}
