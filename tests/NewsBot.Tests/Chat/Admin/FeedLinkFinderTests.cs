using System.Text;
using NewsBot.Chat.Admin.Newsroom;
using NewsBot.Chat.Admin;

namespace NewsBot.Tests.Chat.Admin;

public sealed class FeedLinkFinderTests
{
    private static readonly Uri Page = new("https://demakkab.go.id/berita/");

    private static Uri? Find(string html) => FeedLinkFinder.Find(Encoding.UTF8.GetBytes(html), Page);

    [Fact]
    public void A_relative_advertised_feed_is_resolved_against_the_page()
    {
        var found = Find("<html><head><link rel=\"stylesheet\" href=\"/a.css\"><link rel=\"Alternate\" type=\"application/atom+xml\" href=\"../atom.xml\"></head></html>");
        Assert.Equal(new Uri("https://demakkab.go.id/atom.xml"), found);
    }

    [Theory]
    [InlineData("<html><head><title>Tanpa feed</title></head></html>")]
    [InlineData("<link rel=\"alternate\" type=\"application/json\" href=\"https://demakkab.go.id/wp-json/wp/v2/pages/2\">")]
    [InlineData("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\">")]
    [InlineData("<link rel=\"alternate\" hreflang=\"en\" href=\"https://demakkab.go.id/en/\">")]
    [InlineData("{\"not\": \"html\"}")]
    public void Pages_without_a_usable_feed_link_give_nothing(string html) => Assert.Null(Find(html));
}
