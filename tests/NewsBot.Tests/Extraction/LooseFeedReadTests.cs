using System.Text;
using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

/// <summary>
/// Feeds as small sites' templates and CMSes write them: each slip that makes the XML ill-formed is mended by the loose
/// read, the items come out as the publisher meant them, and the result says what was repaired.
/// </summary>
public sealed class LooseFeedReadTests
{
    private static readonly Uri FeedUrl = new("https://diskominfo.demakkab.go.id/feed/");

    private static ParsedFeed Parse(string xml) => new FeedParser().Parse(Encoding.UTF8.GetBytes(xml), "application/rss+xml", FeedUrl);

    private static string Rss(string channelInside, string namespaces = "") =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"{namespaces}>\n<channel>\n<title>Diskominfo Demak</title>\n" +
        "<link>https://diskominfo.demakkab.go.id</link>\n" + channelInside + "\n</channel>\n</rss>\n";

    private const string Item =
        "<item><title>Pemkab Demak Salurkan Bantuan Banjir</title><link>https://diskominfo.demakkab.go.id/berita/bantuan-banjir</link>" +
        "<pubDate>Tue, 05 Nov 2024 14:05:00 +0700</pubDate><description>Bantuan logistik disalurkan ke tiga kecamatan.</description></item>";

    [Fact]
    public void A_well_formed_feed_is_read_by_the_strict_read_and_reports_no_repairs()
    {
        var feed = Parse(Rss(Item));

        Assert.Equal("Pemkab Demak Salurkan Bantuan Banjir", Assert.Single(feed.Items).Title);
        Assert.Empty(feed.Repairs);
    }

    [Theory]
    [InlineData('\u0001')]
    [InlineData('\u0008')]
    [InlineData('\u000B')]
    [InlineData('\u000C')]
    [InlineData('\u001B')]
    [InlineData('\u001F')]
    public void A_raw_control_character_pasted_into_a_title_is_dropped_not_the_feed(char control)
    {
        var feed = Parse(Rss(Item.Replace("Salurkan", "Salurkan" + control, StringComparison.Ordinal)));

        Assert.Equal("Pemkab Demak Salurkan Bantuan Banjir", Assert.Single(feed.Items).Title);
        Assert.Equal([FeedRepair.ControlCharacters], feed.Repairs);
    }

    [Theory]
    [InlineData("&#x08;")]
    [InlineData("&#8;")]
    [InlineData("&#x1B;")]
    [InlineData("&#0031;")]
    public void A_control_character_written_as_a_reference_never_reaches_the_title(string reference)
    {
        var feed = Parse(Rss(Item.Replace("Salurkan", "Salurkan" + reference, StringComparison.Ordinal)));

        Assert.Equal("Pemkab Demak Salurkan Bantuan Banjir", Assert.Single(feed.Items).Title);
        Assert.Contains(FeedRepair.ControlCharacters, feed.Repairs);
    }

    [Fact]
    public void Tabs_and_line_breaks_written_as_references_are_kept_as_the_whitespace_they_are()
    {
        var feed = Parse(Rss(Item.Replace("Salurkan Bantuan", "Salurkan&#9;&#10;Bantuan", StringComparison.Ordinal)));

        Assert.Equal("Pemkab Demak Salurkan Bantuan Banjir", Assert.Single(feed.Items).Title);
        Assert.Empty(feed.Repairs);
    }

    [Fact]
    public void Prefixes_a_template_forgot_to_declare_are_bound_to_their_usual_namespaces()
    {
        var feed = Parse(Rss(
            "<atom:link href=\"https://diskominfo.demakkab.go.id/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n" +
            "<sy:updatePeriod>hourly</sy:updatePeriod>\n" +
            "<item><title>Vaksinasi Anak di Puskesmas Mranggen</title><link>https://diskominfo.demakkab.go.id/berita/vaksinasi</link>" +
            "<dc:creator><![CDATA[Admin Diskominfo]]></dc:creator><category><![CDATA[Kesehatan]]></category>" +
            "<content:encoded><![CDATA[<p>Sebanyak 300 anak menerima vaksin.</p>]]></content:encoded>" +
            "<media:content url=\"https://diskominfo.demakkab.go.id/foto/vaksin.jpg\" medium=\"image\" />" +
            "<itunes:author>Diskominfo</itunes:author><slash:comments>0</slash:comments><wfw:commentRss>https://diskominfo.demakkab.go.id/berita/vaksinasi/feed/</wfw:commentRss>" +
            "<georss:point>-6.89 110.64</georss:point></item>"));

        var item = Assert.Single(feed.Items);
        Assert.Equal("<p>Sebanyak 300 anak menerima vaksin.</p>", item.ContentHtml);
        Assert.Equal("Admin Diskominfo", item.Author);
        Assert.Equal(new Uri("https://diskominfo.demakkab.go.id/foto/vaksin.jpg"), item.ImageUrl);
        Assert.Equal(["Kesehatan"], item.Categories);
        Assert.Equal([FeedRepair.UndeclaredPrefixes], feed.Repairs);
    }

    [Fact]
    public void A_prefix_nobody_knows_gets_a_namespace_of_its_own_so_the_feed_is_still_read()
    {
        var feed = Parse(Rss(Item.Replace("</item>", "<jnews:views>120</jnews:views></item>", StringComparison.Ordinal)));

        Assert.Equal("Pemkab Demak Salurkan Bantuan Banjir", Assert.Single(feed.Items).Title);
        Assert.Equal([FeedRepair.UndeclaredPrefixes], feed.Repairs);
    }

    [Fact]
    public void A_mistyped_end_tag_closes_the_open_element_and_what_follows_is_read_in_its_place()
    {
        var feed = Parse(Rss("<language>id-ID</langauge>\n<lastBuildDate>Tue, 05 Nov 2024 15:00:00 +0700</lastBuildDate>\n" + Item));

        Assert.Equal("Diskominfo Demak", feed.Title);
        Assert.Equal("Pemkab Demak Salurkan Bantuan Banjir", Assert.Single(feed.Items).Title);
        Assert.Equal([FeedRepair.MismatchedEndTags], feed.Repairs);
    }

    [Fact]
    public void Html_left_unclosed_in_a_description_is_closed_by_the_description()
    {
        var feed = Parse(Rss(Item.Replace(
            "<description>Bantuan logistik disalurkan ke tiga kecamatan.</description>",
            "<description>Bantuan logistik<br>disalurkan ke tiga kecamatan.</description>", StringComparison.Ordinal)));

        var item = Assert.Single(feed.Items);
        Assert.Equal("Pemkab Demak Salurkan Bantuan Banjir", item.Title);
        Assert.Contains("disalurkan ke tiga kecamatan", item.SummaryHtml, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://diskominfo.demakkab.go.id/berita/bantuan-banjir"), item.Link);
    }

    [Fact]
    public void A_stray_end_tag_inside_a_description_is_dropped_and_the_item_stays_whole()
    {
        var feed = Parse(Rss(Item.Replace(
            "<description>Bantuan logistik disalurkan ke tiga kecamatan.</description>",
            "<description>Bantuan logistik</p> disalurkan ke tiga kecamatan.</description>", StringComparison.Ordinal)));

        var item = Assert.Single(feed.Items);
        Assert.Equal("Bantuan logistik disalurkan ke tiga kecamatan.", item.SummaryHtml);
        Assert.NotNull(item.PublishedUtc);
        Assert.Equal([FeedRepair.MismatchedEndTags], feed.Repairs);
    }

    [Fact]
    public void A_download_cut_off_inside_an_item_keeps_the_whole_items_and_drops_the_half_one()
    {
        var second = Item.Replace("bantuan-banjir", "tanggul", StringComparison.Ordinal).Replace("Salurkan Bantuan Banjir", "Perbaiki Tanggul", StringComparison.Ordinal);
        var whole = Rss(Item + "\n" + second);
        var cut = whole[..whole.IndexOf("/berita/tanggul", StringComparison.Ordinal)];

        var feed = Parse(cut);

        Assert.Equal("Pemkab Demak Salurkan Bantuan Banjir", Assert.Single(feed.Items).Title);
        Assert.Contains(FeedRepair.UnclosedElements, feed.Repairs);
    }

    [Fact]
    public void A_long_run_of_stray_end_tags_left_by_an_editor_is_dropped_without_breaking_the_item()
    {
        var run = string.Concat(Enumerable.Repeat("baris</b> ", 5_000));
        var feed = Parse(Rss(Item.Replace("Bantuan logistik disalurkan", run + "Bantuan logistik disalurkan", StringComparison.Ordinal)));

        var item = Assert.Single(feed.Items);
        Assert.EndsWith("Bantuan logistik disalurkan ke tiga kecamatan.", item.SummaryHtml, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://diskominfo.demakkab.go.id/berita/bantuan-banjir"), item.Link);
    }

    [Fact]
    public void Thousands_of_elements_left_open_are_not_balanced_but_refused()
    {
        var xml = Rss("").Replace("</channel>", string.Concat(Enumerable.Repeat("<div>", 2_000)) + "</channel>", StringComparison.Ordinal);

        Assert.Throws<FeedFormatException>(() => Parse(xml));
    }

    [Fact]
    public void A_less_than_sign_in_a_title_is_read_as_text()
    {
        var feed = Parse(Rss(Item.Replace("Salurkan Bantuan Banjir", "Salurkan Bantuan < 5 Ton", StringComparison.Ordinal)));

        Assert.Equal("Pemkab Demak Salurkan Bantuan < 5 Ton", Assert.Single(feed.Items).Title);
        Assert.Equal([FeedRepair.StrayLessThan], feed.Repairs);
    }

    [Fact]
    public void An_xml_declaration_after_a_comment_is_set_aside()
    {
        var feed = Parse("<!-- generated by a caching plugin -->\n" + Rss(Item));

        Assert.Equal("Pemkab Demak Salurkan Bantuan Banjir", Assert.Single(feed.Items).Title);
        Assert.Equal([FeedRepair.MisplacedDeclaration], feed.Repairs);
    }

    [Fact]
    public void Several_slips_in_one_feed_are_all_mended_and_all_reported()
    {
        var feed = Parse(Rss(
            "<atom:link href=\"https://diskominfo.demakkab.go.id/feed/\" rel=\"self\" />\n<language>id</langauge>\n" +
            Item.Replace("Salurkan", "Salurkan\u0008", StringComparison.Ordinal).Replace("/berita/bantuan-banjir", "/?p=12&preview=1", StringComparison.Ordinal)));

        var item = Assert.Single(feed.Items);
        Assert.Equal("Pemkab Demak Salurkan Bantuan Banjir", item.Title);
        Assert.Equal(new Uri("https://diskominfo.demakkab.go.id/?p=12&preview=1"), item.Link);
        Assert.Equal([FeedRepair.ControlCharacters, FeedRepair.BareAmpersands, FeedRepair.UndeclaredPrefixes, FeedRepair.MismatchedEndTags], feed.Repairs.Order());
    }

    [Fact]
    public void An_rss_0_91_doctype_without_declarations_does_not_stop_the_repairs()
    {
        var feed = Parse(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n" +
            "<rss version=\"0.91\"><channel><title>Berita\u001B Demak</title></channel></rss>");

        Assert.Equal("Berita Demak", feed.Title);
    }

    [Fact]
    public void A_dtd_declaring_entities_is_refused_even_when_the_feed_has_slips_the_loose_read_would_mend()
    {
        const string xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY kab \"Kabupaten Demak\">]>" +
            "<rss version=\"2.0\"><channel><title>&kab;</title><language>id</langauge></channel></rss>";

        var error = Assert.Throws<FeedFormatException>(() => Parse(xml));

        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_entity_behind_a_slip_is_still_refused_and_nothing_is_read_from_disk()
    {
        const string xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
            "<rss version=\"2.0\"><channel><title>&xxe;\u0008</title></channel></rss>";

        var error = Assert.Throws<FeedFormatException>(() => Parse(xml));

        Assert.Contains("safety", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }
}
