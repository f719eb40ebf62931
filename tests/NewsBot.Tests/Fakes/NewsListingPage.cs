using System.Globalization;
using System.Net;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// Renders a regency portal's "Berita" index the way such sites lay it out: menu, newest headlines with thumbnails and
/// dates, a popular-news sidebar, page numbers and a footer, so link finding meets the usual furniture.
/// </summary>
internal static class NewsListingPage
{
    public static string Render(Uri baseUrl, IReadOnlyList<FakeArticle> articles)
    {
        var entries = string.Join("\n", articles.Select(article =>
        {
            var url = NewsFeedWriter.ArticleUrl(baseUrl, article);
            var title = WebUtility.HtmlEncode(article.Title);
            var shown = article.Published.ToString("dddd, d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
            return $"""
                    <div class="post-item">
                      <a href="{url}"><img src="{new Uri(baseUrl, "img/" + article.Slug + ".jpg")}" alt=""></a>
                      <h2 class="post-title"><a href="{url}">{title}</a></h2>
                      <span class="post-date">{shown}</span>
                      <a class="read-more" href="{url}">Selengkapnya</a>
                    </div>
                """;
        }));
        return $"""
            <!DOCTYPE html>
            <html lang="id">
            <head><meta charset="utf-8"><title>Berita - {NewsFeedWriter.SiteTitle}</title></head>
            <body>
              <header class="site-header">
                <nav class="main-nav">
                  <a href="{baseUrl}">Beranda</a> <a href="{new Uri(baseUrl, "profil-dinas-komunikasi-informatika")}">Profil Dinas Komunikasi dan Informatika</a>
                </nav>
              </header>
              <main class="news-list">
            {entries}
                <div class="pagination"><a href="{new Uri(baseUrl, "berita/page/2")}">Halaman berikutnya yang lebih lama</a></div>
              </main>
              <aside class="sidebar"><h3>Terpopuler</h3><a href="{new Uri(baseUrl, "pengumuman/seleksi-cpns-tahun-2026")}">Pengumuman seleksi CPNS tahun 2026</a></aside>
              <footer class="site-footer">&copy; Dinas Komunikasi dan Informatika Kabupaten Contoh</footer>
            </body>
            </html>
            """;
    }
}
