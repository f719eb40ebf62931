using Microsoft.Extensions.Options;
using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

public sealed class ArticlePageEdgeCaseTests
{
    private static readonly Uri PageUrl = new("https://berita.example.id/2024/11/05/banjir");

    private const string Prose =
        "<p>Pemerintah kabupaten menyalurkan bantuan logistik kepada warga terdampak banjir di tiga kecamatan.</p>" +
        "<p>Kepala dinas mengatakan paket sembako telah dikirim ke dua belas desa sejak pagi hari.</p>";

    [Fact]
    public void A_wordpress_article_with_tag_classes_is_not_taken_for_a_tag_list()
    {
        var html = $"<html><body><article class='post tag-banjir tag-bantuan'><div class='entry-content'>{Prose}</div>" +
            "<div class='post-tags'><a href='/tag/banjir'>banjir</a></div></article></body></html>";

        var page = new ArticlePageExtractor().Extract(html, PageUrl);

        Assert.Contains("dua belas desa", page.Text, StringComparison.Ordinal);
        Assert.Equal(["banjir"], page.Tags);
    }

    [Fact]
    public void A_title_that_is_never_closed_does_not_swallow_the_article()
    {
        // Seen on an old news site: "<title>...</head>" with no </title>, so a parser reads the whole page as the title.
        var html = "<html><head><title>Banjir di Demak - Berita Daerah\n</head><body><div id='story'>" + Prose + "</div></body></html>";

        var page = new ArticlePageExtractor().Extract(html, PageUrl);

        Assert.Contains("dua belas desa", page.Text, StringComparison.Ordinal);
        Assert.StartsWith("Banjir di Demak", page.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("dua belas", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_prose_without_case_or_spaces_is_found()
    {
        var html = "<html><body><div class='nav'><a href='/'>首页</a></div><div id='main'>" +
            "<p>翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是一项艰苦卓绝的工作。</p>" +
            "<p>这让人感到巨大压力和极度恐慌，那么为什么不能让宇航员来喝一杯呢。</p></div></body></html>";

        var page = new ArticlePageExtractor().Extract(html, PageUrl);

        Assert.Contains("艰苦卓绝的工作", page.Text, StringComparison.Ordinal);
        Assert.Contains("宇航员来喝一杯", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<time datetime='2024-11-05 14:05:00'>5 Nov</time>")]
    [InlineData("<span class='date'>Selasa, 05 November 2024 14:05</span>")]
    [InlineData("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-11-05 14:05:00\"}</script>")]
    public void A_page_date_without_a_zone_is_read_as_wib(string dateMarkup)
    {
        var html = $"<html><head></head><body>{dateMarkup}<div>{Prose}</div></body></html>";

        var page = new ArticlePageExtractor().Extract(html, PageUrl);

        Assert.Equal(new DateTime(2024, 11, 5, 7, 5, 0, DateTimeKind.Utc), page.PublishedUtc);
    }

    [Fact]
    public void The_zone_assumed_for_pages_is_configurable()
    {
        var html = $"<html><body><time datetime='2024-11-05 14:05:00'>5 Nov</time><div>{Prose}</div></body></html>";
        var witaPages = new ArticlePageExtractor(Options.Create(new ArticlePageOptions { DefaultUtcOffset = TimeSpan.FromHours(8) }));

        Assert.Equal(new DateTime(2024, 11, 5, 6, 5, 0, DateTimeKind.Utc), witaPages.Extract(html, PageUrl).PublishedUtc);
    }

    [Fact]
    public void A_page_date_with_a_zone_keeps_it()
    {
        var html = $"<html><body><time datetime='2024-11-05T14:05:00+09:00'>5 Nov</time><div>{Prose}</div></body></html>";

        Assert.Equal(new DateTime(2024, 11, 5, 5, 5, 0, DateTimeKind.Utc), new ArticlePageExtractor().Extract(html, PageUrl).PublishedUtc);
    }
}
