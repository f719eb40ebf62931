using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

/// <summary>
/// Class and id names are evidence, not verdicts: an element named like furniture that holds the article keeps it,
/// while the real furniture around and inside it still goes. Each page has a menu, a teaser column and a footer, as the
/// sites these names come from do.
/// </summary>
public sealed class ArticlePageNamesAreEvidenceTests
{
    private static readonly Uri PageUrl = new("https://news.example.com/2024/11/05/flood");

    private const string Story =
        "<p>The regency government sent food parcels to families in three districts after the river burst its banks overnight.</p>" +
        "<p>The head of the disaster agency said trucks had reached twelve villages by noon, with more expected before dark.</p>" +
        "<p>Residents whose homes were flooded were asked to stay at the village hall until the water goes down again.</p>" +
        "<p>Health workers opened posts in every district to check on people who had fallen ill during the night.</p>";

    private const string Menu =
        "<div class='menu'><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li><li><a href='/politics'>Politics</a></li>" +
        "<li><a href='/business'>Business</a></li></ul></div>";

    private const string Teasers =
        "<div class='rail'><h3>More news</h3><ul>" +
        "<li><a href='/a'>Mayor opens the new market as traders move in</a></li>" +
        "<li><a href='/b'>School year starts late in the northern districts</a></li>" +
        "<li><a href='/c'>New bridge to open before the rainy season</a></li>" +
        "</ul></div>";

    private const string Footer = "<div class='site-footer'><p>© 2024 Example News. All rights reserved.</p></div>";

    private static string Page(string openArticle, string closeArticle) =>
        $"<html><head><title>Food parcels reach flooded villages</title></head><body>{Menu}" +
        $"{openArticle}<h1>Food parcels reach flooded villages</h1><div class='share'><a href='/s'>Share</a> <a href='/t'>Tweet</a></div>{Story}{closeArticle}" +
        $"{Teasers}{Footer}</body></html>";

    [Theory]
    [InlineData("<div class='g-row-breaking-news'>", "</div>")]
    [InlineData("<div class='article-header modal-enabled'>", "</div>")]
    [InlineData("<div class='l-sidebar-fixed l-article-body-segment'>", "</div>")]
    [InlineData("<span id='hs_cos_wrapper_post_body' class='hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text'>", "</span>")]
    [InlineData("<header class='entry'>", "</header>")]
    [InlineData("<aside class='story'>", "</aside>")]
    public void An_article_inside_an_element_named_like_furniture_is_kept(string openArticle, string closeArticle)
    {
        var text = new ArticlePageExtractor().Extract(Page(openArticle, closeArticle), PageUrl).Text;

        Assert.StartsWith("The regency government sent food parcels", text, StringComparison.Ordinal);
        Assert.EndsWith("fallen ill during the night.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tweet", text, StringComparison.Ordinal);
        Assert.DoesNotContain("traders move in", text, StringComparison.Ordinal);
        Assert.DoesNotContain("rights reserved", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_furniture_name_still_removes_a_block_that_holds_little_of_the_prose()
    {
        // The guard's other side: the same "breaking" name on a ticker beside the article takes the ticker away.
        var html = Page("<div class='story-body'>", "</div>")
            .Replace(Menu, Menu + "<div class='g-row-breaking-news'><p>Breaking: the minister arrives in town later this evening for a short visit.</p></div>", StringComparison.Ordinal);

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.Contains("food parcels", text, StringComparison.Ordinal);
        Assert.DoesNotContain("minister arrives", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_whose_whole_content_sits_in_one_form_keeps_its_body()
    {
        // ASP.NET Web Forms pages wrap everything in <form id="aspnetForm">; the search box inside it is still no text.
        var html = "<html><head><title>Food parcels reach flooded villages</title></head><body>" +
            $"<form id='aspnetForm' method='post' action='./berita.aspx'>{Menu}<input type='text' name='q' value='Cari berita'><button>Search</button>" +
            $"<div id='ctl00_ContentPlaceHolder1_pnlBerita'><h1>Food parcels reach flooded villages</h1>{Story}</div>{Teasers}{Footer}</form></body></html>";

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.StartsWith("The regency government sent food parcels", text, StringComparison.Ordinal);
        Assert.Contains("fallen ill during the night.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cari berita", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Search", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_table_with_the_menu_in_one_cell_and_the_story_in_another_is_read()
    {
        // An old portal: no paragraphs, line breaks only, and a menu column that makes the table half links.
        var links = string.Concat(Enumerable.Range(1, 30).Select(i => $"<a href='/kategori/{i}'>Kategori berita nomor {i}</a><br>"));
        var story = "The regency government sent food parcels to families in three districts after the river burst its banks overnight.<br><br>" +
            "The head of the disaster agency said trucks had reached twelve villages by noon, with more expected before dark.<br><br>" +
            "Residents whose homes were flooded were asked to stay at the village hall until the water goes down again.";
        var html = $"<html><head><title>Food parcels</title></head><body><table><tr><td>{links}</td><td><b>Food parcels</b><br>{story}</td></tr></table></body></html>";

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.Contains("trucks had reached twelve villages", text, StringComparison.Ordinal);
        Assert.Contains("village hall until the water goes down", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_elements_that_hold_the_article_are_read_paragraph_by_paragraph()
    {
        var html = $"<html><head><title>Food parcels</title></head><body>{Menu}<article-body>" +
            "<x-text>The regency government sent food parcels to families in three districts after the river burst its banks overnight.</x-text>" +
            "<x-text>The head of the disaster agency said trucks had reached twelve villages by noon, with more expected before dark.</x-text>" +
            $"</article-body>{Teasers}{Footer}</body></html>";

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.Equal(
            "The regency government sent food parcels to families in three districts after the river burst its banks overnight.\n\n" +
            "The head of the disaster agency said trucks had reached twelve villages by noon, with more expected before dark.", text);
    }

    [Fact]
    public void Readers_comments_that_outweigh_a_short_article_are_still_removed()
    {
        var comments = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<div class='comment'><p>Reader number {i} wrote that the parcels arrived late in their village and that the road is still closed.</p></div>"));
        var html = $"<html><head><title>Food parcels</title></head><body>{Menu}<div class='story'><h1>Food parcels</h1>{Story}</div>" +
            $"<div id='comments'>{comments}</div>{Footer}</body></html>";

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.Contains("food parcels", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reader number", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_selector_that_is_not_css_falls_back_to_the_guess()
    {
        var text = new ArticlePageExtractor().Extract(Page("<div class='story-body'>", "</div>"), PageUrl, contentSelector: "div.story[").Text;

        Assert.StartsWith("The regency government sent food parcels", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_split_over_blocks_that_are_all_named_like_furniture_is_read_without_the_names()
    {
        // A page builder's site: each section of the story is a "widget", none holding half of it; taking the names
        // as verdicts leaves nothing, and with no description to tell a photo page, the page is read again without them.
        var sections = Story.Split("</p>", StringSplitOptions.RemoveEmptyEntries).Select(p => $"<div class='widget widget_text'>{p}</p></div>");
        var html = $"<html><head><title>Food parcels</title></head><body>{Menu}" +
            $"<div class='page-builder'>{string.Concat(sections)}</div>{Footer}</body></html>";

        var text = new ArticlePageExtractor().Extract(html, PageUrl).Text;

        Assert.StartsWith("The regency government sent food parcels", text, StringComparison.Ordinal);
        Assert.EndsWith("fallen ill during the night.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Share_buttons_named_in_the_plural_are_furniture_too()
    {
        // BEM names as on wiwo.de: "c-socials__item", "c-socials__text".
        var share = "<div class='c-socials'><a class='c-socials__item' href='/f'><span class='c-socials__text'>Facebook</span></a>" +
            "<a class='c-socials__item' href='/t'><span class='c-socials__text'>Twitter</span></a></div>";
        var text = new ArticlePageExtractor().Extract(Page("<div class='story-body'>" + share, "</div>"), PageUrl).Text;

        Assert.StartsWith("The regency government sent food parcels", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Facebook", text, StringComparison.Ordinal);
    }
}
