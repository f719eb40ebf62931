using System.Text;
using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

/// <summary>Feed formats told by their content: RSS 1.1, an Atom entry on its own, UTF-16 without a byte-order mark.</summary>
public sealed class FeedFormatDetectionTests
{
    private static readonly Uri FeedUrl = new("https://diskominfo.demakkab.go.id/feed/");

    private static ParsedFeed Parse(string xml) => new FeedParser().Parse(Encoding.UTF8.GetBytes(xml), "application/rss+xml", FeedUrl);

    [Fact]
    public void Rss_1_1_is_read_with_its_items_in_the_items_list()
    {
        var feed = Parse("""
            <Channel xmlns="http://purl.org/net/rss1.1#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" rdf:about="https://jatengprov.example.id/rss">
              <title>Berita Jateng</title><link>https://jatengprov.example.id/</link><description>Berita provinsi</description>
              <items rdf:parseType="Collection">
                <item rdf:about="https://jatengprov.example.id/berita/1"><title>Gubernur Resmikan Jembatan</title><link>https://jatengprov.example.id/berita/1</link></item>
              </items>
            </Channel>
            """);

        Assert.Equal("Berita Jateng", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Gubernur Resmikan Jembatan", item.Title);
        Assert.Equal(new Uri("https://jatengprov.example.id/berita/1"), item.Link);
    }

    [Fact]
    public void An_atom_entry_document_is_read_as_a_feed_of_one()
    {
        var feed = Parse("""
            <entry xmlns="http://www.w3.org/2005/Atom">
              <title>Jadwal Pelayanan KTP Keliling</title>
              <link href="https://dukcapil.example.id/berita/ktp-keliling"/>
              <id>tag:dukcapil.example.id,2024:ktp-keliling</id>
              <updated>2024-11-05T08:00:00+07:00</updated>
              <summary>Pelayanan keliling dibuka di lima kecamatan.</summary>
            </entry>
            """);

        var item = Assert.Single(feed.Items);
        Assert.Equal("Jadwal Pelayanan KTP Keliling", item.Title);
        Assert.Equal(new Uri("https://dukcapil.example.id/berita/ktp-keliling"), item.Link);
        Assert.Equal(new DateTime(2024, 11, 5, 1, 0, 0, DateTimeKind.Utc), item.PublishedUtc);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void A_utf_16_feed_without_a_byte_order_mark_is_told_by_its_first_bytes(string charset)
    {
        var encoding = charset == "utf-16LE" ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false) : new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        var bytes = encoding.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><title>Berita Kudus</title></channel></rss>");

        var feed = new FeedParser().Parse(bytes, null, FeedUrl);

        Assert.Equal("Berita Kudus", feed.Title);
        Assert.Empty(feed.Repairs);
    }
}
