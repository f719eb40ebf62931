using Microsoft.Extensions.Time.Testing;
using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

/// <summary>
/// Which date of an article page is its publication time, in the layouts of Indonesian news portals: a "today" in the
/// header, latest-news lists with times, the dateline next to the headline, and machine dates that lie about the zone.
/// </summary>
public sealed class ArticlePageDateTests
{
    private static readonly Uri PageUrl = new("https://berita.example.id/read/2016/02/23/banjir");

    private const string Prose =
        "<p>Pemerintah kabupaten menyalurkan bantuan logistik kepada warga terdampak banjir di tiga kecamatan.</p>" +
        "<p>Kepala dinas mengatakan paket sembako telah dikirim ke dua belas desa sejak pagi hari.</p>";

    private static DateTime? PublishedOf(string head, string body) =>
        new ArticlePageExtractor().Extract($"<html><head><title>Banjir Rendam Tiga Desa - Portal</title>{head}</head><body>{body}</body></html>", PageUrl).PublishedUtc;

    [Fact]
    public void The_dateline_by_the_headline_beats_the_headers_today_and_the_sidebars_latest_news()
    {
        var body = "<header><div class='today'>Selasa, 23 Februari 2016</div></header>" +
            "<aside><div class='tanggal'>Selasa, 23 Februari 2016 | 19:14</div><a href='/x'>Berita lain yang lebih baru</a></aside>" +
            "<div class='tanggal'>Selasa, 23 Februari, 2016 |  07:28 WIB</div><div class='judul'>Banjir Rendam Tiga Desa</div>" + Prose;

        Assert.Equal(new DateTime(2016, 2, 23, 0, 28, 0, DateTimeKind.Utc), PublishedOf("", body));
    }

    [Fact]
    public void A_dateline_with_a_view_counter_or_an_unnamed_class_is_still_read()
    {
        var counter = "<h1>Banjir Rendam Tiga Desa</h1><div class='date mt10'>Selasa, 23 Februari 2016 15:06 WIB | 998 Views</div>" + Prose;
        var unnamed = "<h1>Banjir Rendam Tiga Desa</h1><span class='newsdetail-schedule'>Kamis, 05 November 2015 11:52</span>" + Prose;

        Assert.Equal(new DateTime(2016, 2, 23, 8, 6, 0, DateTimeKind.Utc), PublishedOf("", counter));
        Assert.Equal(new DateTime(2015, 11, 5, 4, 52, 0, DateTimeKind.Utc), PublishedOf("", unnamed));
    }

    [Fact]
    public void The_same_headline_in_a_latest_news_list_does_not_move_the_anchor()
    {
        var body = "<div class='jdl'>In Picture: Banjir Rendam Tiga Desa</div><div class='date-pic'>Selasa, 23 Februari 2016, 17:15 WIB</div>" + Prose +
            "<ul><li><div class='date-tab'>Selasa, 23 Februari 2016</div><a href='/b'><span>Banjir Rendam Tiga Desa</span></a></li></ul>";

        Assert.Equal(new DateTime(2016, 2, 23, 10, 15, 0, DateTimeKind.Utc), PublishedOf("", body));
    }

    [Fact]
    public void A_machine_date_marked_utc_that_the_page_shows_as_local_time_is_read_as_local()
    {
        var head = "<meta name='pubdate' content='2016-02-23 T16:00:20Z' itemprop='datePublished'>";
        var shown = "<h1>Banjir Rendam Tiga Desa</h1><span class='date'>Selasa, 23/02/2016 16:00 WIB</span>" + Prose;
        var notShown = "<h1>Banjir Rendam Tiga Desa</h1>" + Prose;

        Assert.Equal(new DateTime(2016, 2, 23, 9, 0, 20, DateTimeKind.Utc), PublishedOf(head, shown));
        Assert.Equal(new DateTime(2016, 2, 23, 16, 0, 20, DateTimeKind.Utc), PublishedOf(head, notShown));
    }

    [Theory]
    [InlineData("Oleh Admin, 5 November 2015 - 15:56 wib", "2015-11-05T08:56:00", true)]
    [InlineData("Wednesday, 04 November, 2015 |  07:28 WIB", "2015-11-04T00:28:00", true)]
    [InlineData("Diperbarui 23/02/2016 16:00 WIB oleh redaksi", "2016-02-23T09:00:00", true)]
    [InlineData("Selasa, 23 Februari 2016 oleh Admin", "2016-02-22T17:00:00", false)]
    public void A_date_is_found_inside_a_line_of_text(string line, string expectedUtc, bool hasTime)
    {
        var found = FeedDate.Find(line, TimeSpan.FromHours(7));

        Assert.Equal((DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), hasTime), (found!.Value.Utc, found.Value.HasTime));
    }

    [Theory]
    [InlineData("Dilihat 1234 kali")]
    [InlineData("Nomor 12/345/2016 tentang anggaran")]
    [InlineData("30 Februari 2016")]
    public void Lines_without_a_real_date_give_none(string line) => Assert.Null(FeedDate.Find(line, TimeSpan.FromHours(7)));

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("1970-01-01T00:00:00Z")]
    [InlineData("2031-05-01T09:00:00+07:00")]
    public void A_placeholder_or_future_date_in_structured_data_is_passed_over_for_the_shown_date(string placeholder)
    {
        // Seen on live sites: a CMS that writes an unset date as year 1, or the Unix epoch, into its JSON-LD.
        var head = $"<script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\"datePublished\":\"{placeholder}\"}}</script>";
        var body = "<h1>Banjir Rendam Tiga Desa</h1><div class='tanggal'>Selasa, 23 Februari 2016 | 07:28 WIB</div>" + Prose;
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 11, 5, 0, 0, 0, TimeSpan.Zero));

        var page = new ArticlePageExtractor(time: clock).Extract($"<html><head><title>Banjir Rendam Tiga Desa</title>{head}</head><body>{body}</body></html>", PageUrl);

        Assert.Equal(new DateTime(2016, 2, 23, 0, 28, 0, DateTimeKind.Utc), page.PublishedUtc);
        Assert.Contains("bantuan logistik", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_structured_date_is_read_when_the_first_is_a_placeholder()
    {
        var head = "<script type='application/ld+json'>[{\"@type\":\"WebPage\",\"datePublished\":\"0001-01-01T00:00:00Z\"}," +
            "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-11-04T08:15:00+07:00\"}]</script>";

        Assert.Equal(new DateTime(2024, 11, 4, 1, 15, 0, DateTimeKind.Utc), PublishedOf(head, "<h1>Banjir Rendam Tiga Desa</h1>" + Prose));
    }
}
