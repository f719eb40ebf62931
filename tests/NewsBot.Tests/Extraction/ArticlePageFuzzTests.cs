using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Extraction;

namespace NewsBot.Tests.Extraction;

/// <summary>
/// Real pages, broken the ways the web and flaky connections break them (cut short, spans lost or doubled, tags left
/// open, brackets flipped, placeholder dates, stray control characters, deep nesting), go through the extractor. None
/// may make it fall back to its safety net: every page must be read by the rules themselves, with sane output. The
/// pages are Mozilla Readability's test pages and the Indonesian news pages of the shared corpus, read from there; a
/// checkout without the corpus uses the pages written into this file, so the test always runs.
/// </summary>
public sealed class ArticlePageFuzzTests
{
    private const int Seed = 15;

    private const int MutationsPerPage = 3;

    /// <summary>Enough pages for every kind of mutation to hit many layouts, few enough to stay within seconds.</summary>
    private const int MaxPages = 50;

    /// <summary>Larger pages cost time without adding layouts the smaller ones lack.</summary>
    private const int MaxPageChars = 250_000;

    private static readonly Uri PageUrl = new("https://berita.example.id/2024/11/05/banjir");

    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Mutated_and_truncated_corpus_pages_are_read_without_an_exception_and_with_sane_output()
    {
        var random = new Random(Seed);
        var logger = new WarningCollector();
        var extractor = new ArticlePageExtractor(time: new FakeTimeProvider(Now), logger: logger);
        var pages = CorpusPages(random);
        // Without the corpus only the few pages written below are at hand: each is broken more ways instead.
        var mutationsPerPage = pages.Count < 10 ? 10 : MutationsPerPage;
        var cases = 0;

        foreach (var (name, html) in pages)
        {
            for (var i = 0; i < mutationsPerPage; i++)
            {
                var (mutation, mutated) = Mutate(html, random);
                var page = extractor.Extract(mutated, PageUrl);
                cases++;

                var label = $"{name} after {mutation}";
                Assert.True(logger.Warnings.Count == 0, $"{label}: {string.Join("; ", logger.Warnings)}");
                Assert.NotNull(page.Text);
                Assert.True(page.Text.Length <= mutated.Length, $"{label}: more text than page");
                Assert.DoesNotContain("\n\n\n", page.Text, StringComparison.Ordinal);
                Assert.DoesNotContain('\0', page.Text);
                Assert.True(page.Title is null || page.Title.Length is > 0 and <= FeedXml.MaxTitleLength, $"{label}: title {page.Title}");
                Assert.True(page.PublishedUtc is null || (page.PublishedUtc.Value.Year >= 1990 && page.PublishedUtc.Value <= Now.UtcDateTime.AddDays(1)),
                    $"{label}: date {page.PublishedUtc}");
                Assert.All(page.Tags, tag => Assert.False(string.IsNullOrWhiteSpace(tag), label));
            }
        }

        Assert.True(cases >= MutationsPerPage * 5, $"only {cases} cases ran");
    }

    private static (string Mutation, string Html) Mutate(string html, Random random)
    {
        var at = random.Next(html.Length + 1);
        var span = Math.Min(html.Length - at, random.Next(1, 4000));
        return random.Next(9) switch
        {
            0 => ("truncation", html[..at]),
            1 => ("a lost span", html.Remove(at, span)),
            2 => ("a doubled span", html.Insert(random.Next(html.Length + 1), html.Substring(at, span))),
            3 => ("an open tag", html.Insert(at, Pick(random, "<div class='", "<!--", "<script>", "</", "<table><td>", "<p", "<a href=\"", "<![CDATA[", "<form>"))),
            4 => ("flipped brackets", Flip(html, random)),
            5 => ("a placeholder date", html.Insert(at, "<script type=\"application/ld+json\">{\"datePublished\":\"0001-01-01T00:00:00Z\",\"dateModified\":\"9999-12-31T23:59:59Z\"}</script><time datetime=\"0001-01-01\">1 Januari 0001</time>")),
            6 => ("control characters", html.Insert(at, "\u0001\u0008\u000B\u000C\u001B\u001F\0&#x08;&#0;&#xFFFF;")),
            7 => ("deep nesting", html.Insert(at, string.Concat(Enumerable.Repeat("<div><span>", 1500)) + "isi berita yang sangat dalam sekali di halaman ini")),
            _ => ("a cut in half", html[(html.Length / 2)..]),
        };
    }

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];

    private static string Flip(string html, Random random)
    {
        var chars = html.ToCharArray();
        for (var i = 0; i < 60 && chars.Length > 0; i++)
        {
            var at = random.Next(chars.Length);
            chars[at] = chars[at] switch { '<' => '>', '>' => '<', '"' => '\'', _ => chars[at] };
        }

        return new string(chars);
    }

    private static List<(string Name, string Html)> CorpusPages(Random random)
    {
        if (FindCorpus() is not { } corpus) return BuiltInPages();
        var files = Directory.EnumerateFiles(Path.Combine(corpus, "readability-test-pages", "test-pages"), "source.html", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(corpus, "indonesian-news"), "*.html", SearchOption.AllDirectories))
            .Where(f => new FileInfo(f).Length <= MaxPageChars)
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.OrderBy(_ => random.Next()).Take(MaxPages)
            .Select(f => (Path.GetRelativePath(corpus, f), File.ReadAllText(f, Encoding.UTF8))).ToList();
    }

    /// <summary>The shared corpus sits beside the repository's checkout (../shared/corpus) or is named by NEWSBOT_CORPUS.</summary>
    private static string? FindCorpus()
    {
        if (Environment.GetEnvironmentVariable("NEWSBOT_CORPUS") is { Length: > 0 } named && Directory.Exists(named)) return named;
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "corpus");
            if (Directory.Exists(Path.Combine(candidate, "readability-test-pages"))) return candidate;
        }

        return null;
    }

    private static List<(string Name, string Html)> BuiltInPages()
    {
        const string story =
            "<p>Pemerintah kabupaten menyalurkan bantuan logistik kepada warga terdampak banjir di tiga kecamatan sejak pagi.</p>" +
            "<p>Kepala dinas mengatakan paket sembako telah dikirim ke dua belas desa dengan truk milik pemerintah daerah.</p>";
        return
        [
            ("built-in portal page", "<html><head><title>Banjir Rendam Tiga Desa - Portal</title><meta property='article:published_time' content='2024-11-05T08:00:00+07:00'></head>" +
                $"<body><nav><a href='/'>Beranda</a><a href='/berita'>Berita</a></nav><div class='content'><h1>Banjir Rendam Tiga Desa</h1>{story}</div>" +
                "<div class='tags'><a href='/tag/banjir'>banjir</a></div><footer>© 2024 Diskominfo</footer></body></html>"),
            ("built-in form page", $"<html><body><form id='aspnetForm'><table><tr><td><a href='/'>Beranda</a></td><td>{story}</td></tr></table></form></body></html>"),
            ("built-in custom elements", $"<html><body><article-body><x-text>{story}</x-text></article-body></body></html>"),
        ];
    }

    /// <summary>Keeps what the extractor logs at warning or above: its safety net's reasons.</summary>
    private sealed class WarningCollector : ILogger<ArticlePageExtractor>
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) Warnings.Add($"{formatter(state, exception)} {exception}");
        }
    }
}
