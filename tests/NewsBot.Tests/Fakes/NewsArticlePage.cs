using System.Globalization;
using System.Net;

namespace NewsBot.Tests.Fakes;

/// <summary>Renders an article page the way small regency portals lay them out: nav, headline, body, tags, footer.</summary>
internal static class NewsArticlePage
{
    public static string Render(Uri baseUrl, FakeArticle article)
    {
        var title = WebUtility.HtmlEncode(article.Title);
        var tags = string.Join(
            "\n",
            article.Tags.Select(t =>
                $"        <a href=\"{new Uri(baseUrl, "tag/" + TagSlug(t))}\" rel=\"tag\">{WebUtility.HtmlEncode(t)}</a>"));
        var published = article.Published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var shown = article.Published.ToString("d MMMM yyyy HH:mm", CultureInfo.GetCultureInfo("id-ID"));
        return $"""
            <!DOCTYPE html>
            <html lang="id">
            <head>
              <meta charset="utf-8">
              <title>{title} - {NewsFeedWriter.SiteTitle}</title>
              <meta property="og:title" content="{title}">
              <meta property="og:type" content="article">
              <meta property="article:published_time" content="{published}">
              <link rel="alternate" type="application/rss+xml" href="{new Uri(baseUrl, "feed.xml")}">
            </head>
            <body>
              <header class="site-header">
                <nav class="main-nav">
                  <a href="{baseUrl}">Beranda</a> <a href="{new Uri(baseUrl, "profil")}">Profil</a>
                  <a href="{new Uri(baseUrl, "berita")}">Berita</a> <a href="{new Uri(baseUrl, "kontak")}">Kontak</a>
                </nav>
              </header>
              <main>
                <article class="post">
                  <h1 class="entry-title">{title}</h1>
                  <div class="entry-meta"><time datetime="{published}">{shown} WIB</time> oleh Admin Diskominfo</div>
                  <div class="entry-content">
            {article.BodyHtml}
                  </div>
                  <div class="tags-links">
            {tags}
                  </div>
                </article>
                <aside class="sidebar"><h2>Berita Terpopuler</h2><ul><li><a href="{baseUrl}">Pengumuman CPNS</a></li></ul></aside>
              </main>
              <footer class="site-footer">&copy; {article.Published.Year} Dinas Komunikasi dan Informatika Kabupaten Contoh</footer>
            </body>
            </html>
            """;
    }

    private static string TagSlug(string tag) => Uri.EscapeDataString(tag.Trim().ToLowerInvariant().Replace(' ', '-'));
}
