using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace NewsBot.Tests.Fakes;

/// <summary>Writes RSS 2.0 and Atom feeds shaped like a WordPress regency news portal's.</summary>
internal static partial class NewsFeedWriter
{
    public const string SiteTitle = "Portal Berita Kabupaten Contoh";

    public static string Rss(Uri baseUrl, IReadOnlyList<FakeArticle> articles, DateTimeOffset lastChange) => Write(xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "content", null, "http://purl.org/rss/1.0/modules/content/");
        xml.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
        xml.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", SiteTitle);
        xml.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("href", new Uri(baseUrl, "feed.xml").ToString());
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        xml.WriteElementString("link", baseUrl.ToString());
        xml.WriteElementString("description", "Berita resmi Pemerintah Kabupaten Contoh");
        xml.WriteElementString("language", "id-ID");
        xml.WriteElementString("lastBuildDate", Rfc822(lastChange));
        foreach (var article in articles)
        {
            var link = ArticleUrl(baseUrl, article).ToString();
            xml.WriteStartElement("item");
            xml.WriteElementString("title", article.Title);
            xml.WriteElementString("link", link);
            xml.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", "Admin Diskominfo");
            xml.WriteElementString("pubDate", Rfc822(article.Published));
            foreach (var tag in article.Tags)
            {
                xml.WriteStartElement("category");
                xml.WriteCData(tag);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(link);
            xml.WriteEndElement();
            xml.WriteElementString("description", Excerpt(article));
            xml.WriteStartElement("content", "encoded", "http://purl.org/rss/1.0/modules/content/");
            xml.WriteCData(article.BodyHtml);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    public static string Atom(Uri baseUrl, IReadOnlyList<FakeArticle> articles, DateTimeOffset lastChange) => Write(xml =>
    {
        const string ns = "http://www.w3.org/2005/Atom";
        xml.WriteStartElement("feed", ns);
        xml.WriteAttributeString("xml", "lang", null, "id");
        xml.WriteElementString("id", ns, baseUrl.ToString());
        xml.WriteElementString("title", ns, SiteTitle);
        xml.WriteElementString("updated", ns, Rfc3339(lastChange));
        WriteLink(xml, new Uri(baseUrl, "atom.xml"), "self");
        WriteLink(xml, baseUrl, "alternate");
        foreach (var article in articles)
        {
            var link = ArticleUrl(baseUrl, article);
            xml.WriteStartElement("entry", ns);
            xml.WriteElementString("id", ns, link.ToString());
            xml.WriteElementString("title", ns, article.Title);
            WriteLink(xml, link, "alternate");
            xml.WriteElementString("published", ns, Rfc3339(article.Published));
            xml.WriteElementString("updated", ns, Rfc3339(article.Published));
            foreach (var tag in article.Tags)
            {
                xml.WriteStartElement("category", ns);
                xml.WriteAttributeString("term", tag);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("summary", ns);
            xml.WriteString(Excerpt(article));
            xml.WriteEndElement();
            xml.WriteStartElement("content", ns);
            xml.WriteAttributeString("type", "html");
            xml.WriteString(article.BodyHtml);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    public static Uri ArticleUrl(Uri baseUrl, FakeArticle article) => new(baseUrl, $"berita/{Uri.EscapeDataString(article.Slug)}");

    /// <summary>WordPress-style excerpt: the first words of the body as text, ending in "[&amp;#8230;]".</summary>
    public static string Excerpt(FakeArticle article)
    {
        if (article.Description is not null)
        {
            return article.Description;
        }

        var text = WebUtility.HtmlDecode(Tags().Replace(article.BodyHtml, " "));
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 55 ? string.Join(' ', words) : string.Join(' ', words.Take(55)) + " [\u2026]";
    }

    /// <summary>RFC 822 date with a numeric zone as WordPress writes it, e.g. "Mon, 03 Mar 2025 08:15:00 +0700".</summary>
    public static string Rfc822(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return value.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + $"{sign}{Math.Abs(offset.Hours):00}{Math.Abs(offset.Minutes):00}";
    }

    private static string Rfc3339(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void WriteLink(XmlWriter xml, Uri href, string rel)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href.ToString());
        xml.WriteEndElement();
    }

    private static string Write(Action<XmlWriter> body)
    {
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(new Utf8StringWriter(output), settings))
        {
            body(xml);
        }

        return output.ToString();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    /// <summary>Makes the XML declaration say UTF-8, which is what goes on the wire.</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
