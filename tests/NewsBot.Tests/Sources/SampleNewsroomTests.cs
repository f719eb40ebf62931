using System.Xml.Linq;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Sources;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Sources;

/// <summary>The bundled newsroom never falls silent: its articles come round again under new addresses.</summary>
public sealed class SampleNewsroomTests
{
    private static readonly Uri BaseUrl = new("http://127.0.0.1:5080/sample/");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(Seed.Now));

    private SampleNewsroom Newsroom() => new(Options.Create(new SampleOptions { PublishEverySeconds = 20 }), time);

    private static List<(string Guid, string Link, string Title)> Items(string feed) =>
        XDocument.Parse(feed).Descendants("item")
            .Select(i => ((string)i.Element("guid")!, (string)i.Element("link")!, (string)i.Element("title")!)).ToList();

    [Fact]
    public void The_first_read_finds_the_two_articles_of_the_back_catalogue_under_their_own_addresses()
    {
        var newsroom = Newsroom();

        var items = Items(newsroom.RenderFeed(BaseUrl));

        Assert.Equal(["sample-" + newsroom.All[1].Slug, "sample-" + newsroom.All[0].Slug], items.Select(i => i.Guid));
    }

    [Fact]
    public void After_the_bundled_articles_run_out_they_come_round_again_as_new_items_every_interval()
    {
        var newsroom = Newsroom();
        newsroom.RenderFeed(BaseUrl);
        var seen = new List<(string Guid, string Link, string Title)>();
        for (var minute = 0; minute < 10; minute++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            seen.AddRange(Items(newsroom.RenderFeed(BaseUrl)));
        }

        var distinct = seen.DistinctBy(i => i.Guid).ToList();
        // Two at the opening, then one every 20 s for ten minutes, each once however often the feed is read.
        Assert.Equal(2 + 30, distinct.Count);
        Assert.Equal(distinct.Count, distinct.Select(i => i.Link).Distinct().Count());
        Assert.Equal(SampleNewsroom.FeedSize, Items(newsroom.RenderFeed(BaseUrl)).Count);
        Assert.All(newsroom.All, article => Assert.InRange(distinct.Count(i => i.Title == article.Title), 6, 7));

        var latest = newsroom.Published().First();
        Assert.Equal(31, latest.Number);
        Assert.Contains(latest.Article.Title, newsroom.RenderPage(latest.Slug), StringComparison.Ordinal);
    }

    [Fact]
    public void A_restarted_newsroom_repeats_the_back_catalogue_but_no_later_item()
    {
        var first = Newsroom();
        first.RenderFeed(BaseUrl);
        time.Advance(TimeSpan.FromMinutes(5));
        var before = first.Published(1000).Select(p => p.Guid).ToHashSet();

        time.Advance(TimeSpan.FromSeconds(3));
        var restarted = Newsroom();
        restarted.RenderFeed(BaseUrl);
        time.Advance(TimeSpan.FromMinutes(5));
        var after = restarted.Published(1000).ToList();

        Assert.All(after.Where(p => p.Number < 2), p => Assert.Contains(p.Guid, before));
        Assert.All(after.Where(p => p.Number >= 2), p => Assert.DoesNotContain(p.Guid, before));
    }
}
