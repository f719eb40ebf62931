using System.Text;
using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

public sealed class FeedParserTests
{
    private static readonly Uri DemakFeed = new("https://demakkab.example.id/feed/");
    private readonly FeedParser _parser = new();

    [Fact]
    public void Rss2_items_carry_links_dates_categories_content_and_images()
    {
        var feed = _parser.Parse(Fixture.Feed("rss2-demak.xml"), "application/rss+xml", DemakFeed);

        Assert.Equal("Berita Kabupaten Demak", feed.Title);
        Assert.Equal(3, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("demak-1024", first.Id);
        Assert.Equal(new Uri("https://demakkab.example.id/berita/bupati-tinjau-banjir"), first.Link);
        Assert.Equal("Bupati Tinjau Banjir & Salurkan Bantuan di Kec. Karanganyar", first.Title);
        Assert.Equal(new DateTime(2024, 11, 4, 3, 0, 0, DateTimeKind.Utc), first.PublishedUtc);
        Assert.Equal(DateTimeKind.Utc, first.PublishedUtc!.Value.Kind);
        Assert.Equal(["Banjir", "Kesehatan", "Demak"], first.Categories);
        Assert.StartsWith("<p>Demak – Bupati meninjau lokasi banjir di Kec.", first.ContentHtml, StringComparison.Ordinal);
        Assert.Equal("<p>Demak – Bupati meninjau lokasi banjir.</p>", first.SummaryHtml);
        Assert.Equal(new Uri("https://demakkab.example.id/foto/banjir.jpg"), first.ImageUrl);
    }

    [Fact]
    public void Rss2_permalink_guid_numeric_offset_and_media_content()
    {
        var second = _parser.Parse(Fixture.Feed("rss2-demak.xml"), null, DemakFeed).Items[1];

        Assert.Equal(new Uri("https://demakkab.example.id/berita/harga-beras"), second.Link);
        Assert.Equal(new DateTime(2024, 11, 5, 1, 30, 0, DateTimeKind.Utc), second.PublishedUtc);
        Assert.Null(second.ContentHtml);
        Assert.Equal(new Uri("https://demakkab.example.id/foto/beras.png"), second.ImageUrl);
    }

    [Fact]
    public void Unreadable_date_is_null_and_thumbnail_is_the_image()
    {
        var third = _parser.Parse(Fixture.Feed("rss2-demak.xml"), null, DemakFeed).Items[2];

        Assert.Null(third.PublishedUtc);
        Assert.Null(third.Id);
        Assert.Equal(new Uri("https://demakkab.example.id/foto/thumb.jpg"), third.ImageUrl);
    }

    [Fact]
    public void Atom_links_resolve_against_xml_base_and_types_become_html()
    {
        var feed = _parser.Parse(Fixture.Feed("atom-relative.xml"), "application/atom+xml", new Uri("https://kudus.example.id/atom.xml"));

        Assert.Equal("Warta Kudus", feed.Title);
        Assert.Equal(new Uri("https://kudus.example.id/"), feed.Link);
        var first = feed.Items[0];
        Assert.Equal(new Uri("https://kudus.example.id/news/2024/vaksinasi"), first.Link);
        Assert.Equal("tag:kudus.example.id,2024:1", first.Id);
        Assert.Equal(new DateTime(2024, 11, 4, 2, 15, 0, DateTimeKind.Utc), first.PublishedUtc);
        Assert.Equal(["kesehatan", "kudus"], first.Categories);
        Assert.Equal("<p>Puskesmas membuka layanan vaksinasi.</p>", first.ContentHtml);
        Assert.Equal("Vaksinasi &lt;gratis&gt; untuk warga.", first.SummaryHtml);
        Assert.Equal(new Uri("https://kudus.example.id/img/vaksin.webp"), first.ImageUrl);

        var second = feed.Items[1];
        Assert.Equal(new Uri("https://kudus.example.id/arsip/jalan-rusak"), second.Link);
        Assert.Equal("Jalan Rusak Diperbaiki", second.Title);
        Assert.Equal(new DateTime(2024, 11, 3, 1, 0, 0, DateTimeKind.Utc), second.PublishedUtc);
        Assert.Contains("<p", second.ContentHtml, StringComparison.Ordinal);
        Assert.Contains("Perbaikan jalan dimulai.", second.ContentHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Rss1_rdf_items_are_read_with_dc_fields()
    {
        var feed = _parser.Parse(Fixture.Feed("rss1-rdf.xml"), null, new Uri("https://jepara.example.id/rss"));

        Assert.Equal("Jepara Hari Ini", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("https://jepara.example.id/berita/ukir", item.Id);
        Assert.Equal(["Budaya"], item.Categories);
        Assert.Equal(new DateTime(2024, 11, 2, 0, 0, 0, DateTimeKind.Utc), item.PublishedUtc);
    }

    [Fact]
    public void Dtd_is_refused_for_safety()
    {
        var error = Assert.Throws<FeedFormatException>(() => _parser.Parse(Fixture.Feed("dtd-xxe.xml"), null, DemakFeed));

        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.Contains("safety", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_says_where()
    {
        // An unquoted attribute value is beyond what the loose read mends; the error is the strict read's, with its place.
        var xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<title lang=id>Dinas Pertanian</title></channel>\n</rss>"u8.ToArray();
        var error = Assert.Throws<FeedFormatException>(() => _parser.Parse(xml, null, DemakFeed));

        Assert.StartsWith("The feed is not well-formed XML (line 3, position ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("check the URL points at an RSS, Atom or JSON feed.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_ampersand_in_a_title_is_repaired_rather_than_refused() =>
        Assert.Equal("Dinas Pertanian & Pangan", _parser.Parse(Fixture.Feed("malformed.xml"), null, DemakFeed).Title);

    [Fact]
    public void Html_page_is_not_a_feed()
    {
        var html = Encoding.UTF8.GetBytes("<html><head><title>Beranda</title></head><body></body></html>");

        var error = Assert.Throws<FeedFormatException>(() => _parser.Parse(html, "text/html", DemakFeed));
        Assert.Contains("HTML page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_root_is_named()
    {
        var xml = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><urlset><url/></urlset>");

        var error = Assert.Throws<FeedFormatException>(() => _parser.Parse(xml, null, DemakFeed));
        Assert.Contains("<urlset>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_1252_declared_in_the_document_is_decoded()
    {
        var feed = _parser.Parse(Fixture.Feed("windows-1252.xml"), "text/xml; charset=utf-8", DemakFeed);

        Assert.Equal("Café “Kopi” – Semarang", feed.Title);
        Assert.Equal("Peña “Lokal”", feed.Items[0].Title);
    }

    [Fact]
    public void Windows_1252_bytes_claiming_utf8_fall_back_instead_of_mojibake()
    {
        var bytes = Encoding.Latin1.GetBytes("<rss version=\"2.0\"><channel><title>Caf\u00e9 Kudus</title></channel></rss>");

        Assert.Equal("Café Kudus", _parser.Parse(bytes, "application/rss+xml; charset=utf-8", DemakFeed).Title);
    }

    [Fact]
    public void Http_charset_is_used_when_the_document_is_silent()
    {
        var bytes = Encoding.Latin1.GetBytes("<rss version=\"2.0\"><channel><title>\u00c9dition</title></channel></rss>");

        Assert.Equal("Édition", _parser.Parse(bytes, "text/xml; charset=ISO-8859-1", DemakFeed).Title);
    }

    [Fact]
    public void Utf8_bom_and_leading_whitespace_are_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes("\n  <?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Warta</title></channel></rss>"))
            .ToArray();

        Assert.Equal("Warta", _parser.Parse(bytes, null, DemakFeed).Title);
    }

    [Fact]
    public void Script_in_a_title_is_dropped_and_long_titles_capped()
    {
        var longTitle = string.Join(' ', Enumerable.Repeat("panjang", 120));
        var xml = $"<rss version=\"2.0\"><channel><item><title>&lt;script&gt;alert(1)&lt;/script&gt;Aman  \n dibaca</title></item><item><title>{longTitle}</title></item></channel></rss>";

        var items = _parser.Parse(Encoding.UTF8.GetBytes(xml), null, DemakFeed).Items;

        Assert.Equal("Aman dibaca", items[0].Title);
        Assert.InRange(items[1].Title.Length, 400, 500);
        Assert.EndsWith("…", items[1].Title, StringComparison.Ordinal);
    }
}
