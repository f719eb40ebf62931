using System.Text;
using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

public sealed class IllFormedFeedTests
{
    private static readonly Uri FeedUrl = new("https://berita.example.id/feed");

    private static ParsedFeed Parse(string xml) => new FeedParser().Parse(Encoding.UTF8.GetBytes(xml), null, FeedUrl);

    [Fact]
    public void A_bare_ampersand_in_a_link_is_read_as_one()
    {
        var feed = Parse("<rss><channel><title>Berita</title><item><title>Satu</title><link>https://berita.example.id/?a=1&b=2</link></item></channel></rss>");

        Assert.Equal("https://berita.example.id/?a=1&b=2", feed.Items[0].Link?.ToString());
    }

    [Fact]
    public void A_last_closing_tag_cut_short_is_closed()
    {
        var feed = Parse("<rss><channel><title>Berita &#8216;Hari&#8217; Ini</title></channel></rss");

        Assert.Equal("Berita \u2018Hari\u2019 Ini", feed.Title);
    }

    [Fact]
    public void Xml_the_repair_cannot_mend_is_still_refused()
    {
        Assert.Throws<FeedFormatException>(() => Parse("<rss><channel><title>Berita</title><item><title lang=id>Satu</title></item></channel></rss>"));
    }

    [Fact]
    public void Atom_text_of_a_non_text_media_type_is_base64()
    {
        var feed = Parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"application/octet-stream\">QmVyaXRhIDxiPkthbWk8L2I+</title>" +
            "<entry><title>Satu</title><content type=\"application/octet-stream\">PHA+SXNpPC9wPg==</content></entry></feed>");

        Assert.Equal("Berita Kami", feed.Title);
        Assert.Equal("<p>Isi</p>", feed.Items[0].ContentHtml);
    }

    [Fact]
    public void A_cdf_channel_is_read()
    {
        var feed = Parse("<CHANNEL HREF=\"https://berita.example.id/\"><TITLE>Berita</TITLE>" +
            "<ITEM HREF=\"/berita/1\" LASTMOD=\"2024-11-05T14:05:00+07:00\"><TITLE>Satu</TITLE><ABSTRACT>Ringkasan</ABSTRACT></ITEM></CHANNEL>");

        Assert.Equal("Berita", feed.Title);
        Assert.Equal("https://berita.example.id/berita/1", feed.Items[0].Link?.ToString());
        Assert.Equal("Ringkasan", feed.Items[0].SummaryHtml);
        Assert.Equal(new DateTime(2024, 11, 5, 7, 5, 0, DateTimeKind.Utc), feed.Items[0].UpdatedUtc);
    }

    [Fact]
    public void An_atom_0_3_feed_under_a_draft_namespace_is_read_with_rss_style_authors()
    {
        var feed = Parse("<feed version=\"0.3\" xmlns=\"http://purl.org/echo/\"><title>Berita</title>" +
            "<entry><title>Satu</title><author><name>Redaksi</name><email>redaksi@example.id</email></author></entry></feed>");

        Assert.Equal("Berita", feed.Title);
        Assert.Equal("Redaksi (redaksi@example.id)", feed.Items[0].Author);
    }

    [Fact]
    public void An_undeclared_entity_stays_as_text_and_a_capital_hex_reference_is_read()
    {
        var feed = Parse("<rss><channel><title>Dinas &kominfo; Demak</title><item><title>&#X41;PBD</title></item></channel></rss>");

        Assert.Equal("Dinas &kominfo; Demak", feed.Title);
        Assert.Equal("APBD", feed.Items[0].Title);
    }

    [Fact]
    public void Windows_1252_punctuation_in_the_c1_range_is_read_as_meant()
    {
        var asCharacter = new FeedParser().Parse(
            Encoding.UTF8.GetBytes("<rss><channel><title>t</title><item><title>Bupati\u0092s \u0093kata\u0094</title></item></channel></rss>"), null, FeedUrl);
        var asReference = Parse("<rss><channel><title>t</title><item><title>Bupati&#146;s &#x93;kata&#x94;</title></item></channel></rss>");

        Assert.Equal("Bupati\u2019s \u201ckata\u201d", asCharacter.Items[0].Title);
        Assert.Equal("Bupati\u2019s \u201ckata\u201d", asReference.Items[0].Title);
    }

    [Fact]
    public void An_atom_link_written_with_its_address_as_text_is_read_and_alternate_still_wins()
    {
        var feed = Parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><title>Satu</title>" +
            "<link rel=\"enclosure\">https://berita.example.id/foto.jpg</link><link rel=\"alternate\">https://berita.example.id/berita/1</link></entry></feed>");

        Assert.Equal("https://berita.example.id/berita/1", feed.Items[0].Link?.ToString());
    }
}
