using System.Text;
using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

public sealed class JsonAndAtom03FeedTests
{
    private static readonly Uri FeedUrl = new("https://kuduskab.example.id/feed.json");
    private readonly FeedParser _parser = new();

    [Fact]
    public void Json_feed_1_1_items_carry_everything_newsbot_uses()
    {
        const string json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Berita Kudus", "home_page_url": "/",
             "items": [
               {"id": "2041", "url": "/berita/pasar-murah", "title": "Pasar Murah &amp; Operasi Pangan",
                "content_html": "<p>Pemkab menggelar pasar murah.</p>", "summary": "Pasar murah di alun-alun",
                "date_published": "2024-11-04T09:15:00+07:00", "date_modified": "2024-11-05T08:00:00+07:00",
                "tags": ["Ekonomi", "kudus"], "authors": [{"name": "Humas"}],
                "attachments": [{"url": "/foto/pasar.jpg", "mime_type": "image/jpeg"}]},
               {"id": 7, "external_url": "https://example.org/x", "content_text": "a < b", "title": "Dua"}
             ]}
            """;

        var feed = _parser.Parse(Encoding.UTF8.GetBytes(json), "application/feed+json", FeedUrl);

        Assert.Equal("Berita Kudus", feed.Title);
        Assert.Equal(new Uri("https://kuduskab.example.id/"), feed.Link);
        var first = feed.Items[0];
        Assert.Equal("2041", first.Id);
        Assert.Equal(new Uri("https://kuduskab.example.id/berita/pasar-murah"), first.Link);
        Assert.Equal("Pasar Murah & Operasi Pangan", first.Title);
        Assert.Equal(new DateTime(2024, 11, 4, 2, 15, 0, DateTimeKind.Utc), first.PublishedUtc);
        Assert.Equal(new DateTime(2024, 11, 5, 1, 0, 0, DateTimeKind.Utc), first.UpdatedUtc);
        Assert.Equal(["Ekonomi", "kudus"], first.Categories);
        Assert.Equal("<p>Pemkab menggelar pasar murah.</p>", first.ContentHtml);
        Assert.Equal("Humas", first.Author);
        Assert.Equal(new Uri("https://kuduskab.example.id/foto/pasar.jpg"), first.ImageUrl);
        Assert.Equal("7", feed.Items[1].Id);
        Assert.Equal("a &lt; b", feed.Items[1].ContentHtml);
    }

    [Theory]
    [InlineData("{\"title\": \"not a feed\"}")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [")]
    public void Broken_or_foreign_json_is_a_clear_format_error(string json)
    {
        var error = Assert.Throws<FeedFormatException>(() => _parser.Parse(Encoding.UTF8.GetBytes(json), null, FeedUrl));
        Assert.Contains("JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Atom_0_3_reads_issued_modified_and_escaped_content()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title>Kabar Jepara</title>
              <link rel="alternate" type="text/html" href="https://jeparakab.example.id/"/>
              <entry>
                <title>Festival Kartini</title>
                <link rel="alternate" type="text/html" href="https://jeparakab.example.id/kartini"/>
                <id>tag:jeparakab,2024:1</id>
                <issued>2024-04-21T08:00:00+07:00</issued>
                <modified>2024-04-21T09:00:00Z</modified>
                <author><name>Diskominfo</name></author>
                <content type="text/html" mode="escaped">&lt;p&gt;Ribuan warga hadir.&lt;/p&gt;</content>
                <summary type="text/plain" mode="base64">UmluZ2thc2FuIDwgYmVyaXRh</summary>
              </entry>
            </feed>
            """;

        var feed = _parser.Parse(Encoding.UTF8.GetBytes(xml), "application/atom+xml", FeedUrl);

        Assert.Equal("Kabar Jepara", feed.Title);
        var entry = Assert.Single(feed.Items);
        Assert.Equal(new Uri("https://jeparakab.example.id/kartini"), entry.Link);
        Assert.Equal(new DateTime(2024, 4, 21, 1, 0, 0, DateTimeKind.Utc), entry.PublishedUtc);
        Assert.Equal(new DateTime(2024, 4, 21, 9, 0, 0, DateTimeKind.Utc), entry.UpdatedUtc);
        Assert.Equal("<p>Ribuan warga hadir.</p>", entry.ContentHtml);
        Assert.Equal("Ringkasan &lt; berita", entry.SummaryHtml);
        Assert.Equal("Diskominfo", entry.Author);
    }

    [Theory]
    [InlineData("\"version\": \"https://jsonfeed.org/version/1\",")]
    [InlineData("\"version\": \"https://jsonfeed.org/version/1.1\",")]
    [InlineData("\"version\": \"1\",")]
    [InlineData("\"version\": \"1.0\",")]
    [InlineData("\"version\": \"1.1\",")]
    [InlineData("\"version\": 1.1,")]
    [InlineData("")]
    public void Json_feed_is_read_whichever_way_its_version_is_written_or_without_one(string version)
    {
        var json = "{" + version + """
             "title": "Berita Kudus", "items": [{"id": "1", "url": "https://kuduskab.example.id/berita/1", "title": "Pasar Murah"}]}
            """;

        var feed = _parser.Parse(Encoding.UTF8.GetBytes(json), "application/feed+json", FeedUrl);

        Assert.Equal("Pasar Murah", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void A_json_feed_of_another_version_is_not_taken_for_one()
    {
        var error = Assert.Throws<FeedFormatException>(() => _parser.Parse(
            Encoding.UTF8.GetBytes("""{"version": "2.0", "items": [{"id": "1", "title": "Pasar Murah"}]}"""), null, FeedUrl));

        Assert.Equal(NewsBot.Fetching.FetchProblemKind.NotAFeed, error.Kind);
    }

    [Fact]
    public void A_raw_control_character_in_a_json_feed_string_is_dropped_not_the_feed()
    {
        var json = "{\"version\": \"1.1\", \"items\": [{\"id\": \"1\", \"title\": \"Pasar\u0008 Murah\"}]}";

        var feed = _parser.Parse(Encoding.UTF8.GetBytes(json), null, FeedUrl);

        Assert.Equal("Pasar Murah", Assert.Single(feed.Items).Title);
        Assert.Equal([FeedRepair.ControlCharacters], feed.Repairs);
    }

    [Fact]
    public void An_escaped_control_character_in_a_json_title_never_reaches_the_title()
    {
        var feed = _parser.Parse(Encoding.UTF8.GetBytes("""{"version": "1.1", "items": [{"id": "1", "title": "Pasar\u001B Murah"}]}"""), null, FeedUrl);

        Assert.Equal("Pasar Murah", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Atom_text_under_a_custom_media_type_that_is_not_base64_of_text_is_read_as_written()
    {
        const string xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title type="application/x-custom">test</title>
              <entry><title type="application/x-custom">Rapat Paripurna DPRD</title>
                <content type="application/octet-stream">Anggaran 2025 disahkan</content></entry></feed>
            """;

        var feed = _parser.Parse(Encoding.UTF8.GetBytes(xml), "application/atom+xml", FeedUrl);

        Assert.Equal("test", feed.Title);
        Assert.Equal("Rapat Paripurna DPRD", feed.Items[0].Title);
        Assert.Equal("Anggaran 2025 disahkan", feed.Items[0].ContentHtml);
    }
}
