using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.Options;

namespace NewsBot.Sources;

/// <summary>
/// A small regency newsroom inside the app: it serves an RSS feed and article pages from the bundled sample articles and
/// "publishes" one more every few seconds, so a new user sees fresh news travel through the whole pipeline. Two are
/// there from the start and form the back catalogue, which NewsBot stores but does not send. When the bundled articles
/// run out they come round again under new addresses, so the demo never falls silent.
/// </summary>
public sealed class SampleNewsroom(IOptions<SampleOptions> options, TimeProvider time)
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    // The newsroom "opens" when its feed is first read, not when the app starts: however slowly the first poll comes,
    // it finds exactly the two back-catalogue articles, and the rest follow at the set pace.
    private long openedAtTicks;
    private readonly Lazy<IReadOnlyList<SampleArticle>> articles = new(Load);

    /// <summary>Items in the feed, like a small site's RSS; older publications drop out of it as new ones come.</summary>
    public const int FeedSize = 10;

    private const int PagesKept = 1000;

    public IReadOnlyList<SampleArticle> All => articles.Value;

    public IEnumerable<string> AllTags => All.SelectMany(a => a.Tags).Distinct();

    /// <summary>The newest <paramref name="count"/> publications so far, newest first.</summary>
    public IEnumerable<SamplePublication> Published(int count = FeedSize)
    {
        var every = Every;
        var openedAt = OpenedAt();
        // Number 1 appears at the opening and number 0 one interval before it: the two of the back catalogue.
        var latest = 1 + (int)Math.Min(int.MaxValue - 1, Math.Max(0, (time.GetUtcNow() - openedAt).Ticks / every.Ticks));
        for (var number = latest; number >= 0 && number > latest - count; number--)
            yield return Publication(number, openedAt + (number - 1) * every);
    }

    /// <summary>
    /// The back catalogue keeps the articles' own addresses, so a restart over the same database does not send it. Every
    /// later appearance is named after its publication time, which a restart never repeats: the same bundled article is
    /// new news on its second round, and after a restart, instead of a duplicate that dedup would silently drop.
    /// </summary>
    private SamplePublication Publication(int number, DateTimeOffset published)
    {
        var article = All[number % All.Count];
        var slug = number < 2 ? article.Slug : $"{article.Slug}-{published.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}";
        return new SamplePublication(article, number, published, slug, "sample-" + slug);
    }

    public string RenderFeed(Uri baseUrl)
    {
        Interlocked.CompareExchange(ref openedAtTicks, time.GetUtcNow().UtcTicks, 0);
        var items = Published().Select(p => new XElement("item",
            new XElement("title", p.Article.Title),
            new XElement("link", new Uri(baseUrl, $"berita/{p.Slug}").ToString()),
            new XElement("guid", new XAttribute("isPermaLink", "false"), p.Guid),
            new XElement("pubDate", p.Published.ToString("r", CultureInfo.InvariantCulture)),
            p.Article.Tags.Select(t => new XElement("category", t)),
            new XElement("description", p.Article.Description),
            // The flood warning comes with an excerpt only, like many regency feeds: NewsBot must fetch its page.
            p.Article.Tags.Contains("banjir") ? null : new XElement(Content + "encoded", Paragraphs(p.Article))));
        var feed = new XDocument(new XElement("rss", new XAttribute("version", "2.0"),
            new XAttribute(XNamespace.Xmlns + "content", Content.NamespaceName),
            new XElement("channel",
                new XElement("title", "Berita Kabupaten Demak (contoh)"),
                new XElement("link", baseUrl.ToString()),
                new XElement("description", "Contoh sumber berita bawaan NewsBot"),
                new XElement("language", "id"),
                items)));
        return feed.Declaration + feed.ToString();
    }

    public string? RenderPage(string slug)
    {
        // A page stays readable well after its item has left the feed, as on a real site.
        var published = Published(PagesKept).FirstOrDefault(p => p.Slug == slug);
        if (published?.Article is not { } article) return null;

        var tags = string.Join(" ", article.Tags.Select(t => $"<a rel=\"tag\" href=\"/sample/tag/{t}\">{t}</a>"));
        return $$"""
            <!DOCTYPE html>
            <html lang="id"><head><meta charset="utf-8"><title>{{WebUtility.HtmlEncode(article.Title)}} - Diskominfo Demak</title>
            <meta property="og:title" content="{{WebUtility.HtmlEncode(article.Title)}}">
            <meta property="article:published_time" content="{{published.Published:O}}"></head>
            <body>
            <nav class="menu"><a href="/">Beranda</a> <a href="/profil">Profil</a> <a href="/berita">Berita</a> <a href="/kontak">Kontak</a></nav>
            <main><article><h1>{{WebUtility.HtmlEncode(article.Title)}}</h1>
            <div class="meta">Diposting oleh Admin Diskominfo</div>
            {{Paragraphs(article)}}
            <div class="tags">Tag: {{tags}}</div>
            <div class="share">Bagikan: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Twitter</a></div>
            </article></main>
            <aside class="widget">Pengunjung hari ini: 1.234 | Total: 987.654</aside>
            <footer>Ikuti Kami di media sosial. &copy; 2026 Dinas Komunikasi dan Informatika Kabupaten Demak. Jl. Kyai Singkil No. 7, Demak.</footer>
            </body></html>
            """;
    }

    private TimeSpan Every => TimeSpan.FromSeconds(Math.Max(1, options.Value.PublishEverySeconds));

    private DateTimeOffset OpenedAt()
    {
        var ticks = Interlocked.Read(ref openedAtTicks);
        return ticks == 0 ? time.GetUtcNow() : new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private static string Paragraphs(SampleArticle article) =>
        string.Concat(article.Paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));

    private static IReadOnlyList<SampleArticle> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Sources", "Sample", "articles.json");
        var json = File.ReadAllText(path, Encoding.UTF8);
        return JsonSerializer.Deserialize<List<SampleArticle>>(json, JsonSerializerOptions.Web)
               ?? throw new InvalidOperationException($"The sample articles in {path} are empty.");
    }
}
