using System.Text;
using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

public sealed class RssExtensionTests
{
    private static FeedItem ParseItem(string itemXml) => new FeedParser().Parse(Encoding.UTF8.GetBytes(
        "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/DTDs/Podcast-1.0.dtd\" xmlns:media=\"http://search.yahoo.com/mrss\" " +
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"><channel><title>Radio</title><item>" +
        itemXml + "</item></channel></rss>"), null, new Uri("https://radio.example.id/feed")).Items[0];

    [Fact]
    public void Podcast_author_summary_and_categories_are_read()
    {
        var item = ParseItem("<title>Siaran</title><itunes:author>Dinas Kominfo</itunes:author><itunes:summary>Ringkasan</itunes:summary>" +
            "<itunes:category text=\"Berita\"><itunes:category text=\"Daerah\"/></itunes:category>");

        Assert.Equal("Dinas Kominfo", item.Author);
        Assert.Equal("Ringkasan", item.SummaryHtml);
        Assert.Equal(["Berita", "Daerah"], item.Categories);
    }

    [Fact]
    public void Media_categories_without_the_trailing_slash_are_tags() =>
        Assert.Equal(["pertanian"], ParseItem("<title>Panen</title><media:category>pertanian</media:category>").Categories);

    [Fact]
    public void Dublin_core_terms_give_dates_and_dc_author_the_author()
    {
        var item = ParseItem("<title>Panen</title><dc:author>Redaksi</dc:author><dcterms:issued>2024-11-05T07:05:00Z</dcterms:issued>" +
            "<dcterms:modified>2024-11-06T07:05:00Z</dcterms:modified>");

        Assert.Equal("Redaksi", item.Author);
        Assert.Equal(new DateTime(2024, 11, 5, 7, 5, 0, DateTimeKind.Utc), item.PublishedUtc);
        Assert.Equal(new DateTime(2024, 11, 6, 7, 5, 0, DateTimeKind.Utc), item.UpdatedUtc);
    }
}
