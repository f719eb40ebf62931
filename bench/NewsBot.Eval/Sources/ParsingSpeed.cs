using System.Diagnostics;
using System.Globalization;
using NewsBot.Extraction;

namespace NewsBot.Eval.Sources;

/// <summary>
/// How fast NewsBot's real readers go over the corpus, held in memory so the disk is not measured: feeds parsed
/// (MB/s and items/s), article pages extracted and listing pages searched for links (MB/s and pages/s). Each set is run
/// once to warm up, then <see cref="Runs"/> times; the median run is reported, so one hiccup of a shared machine does
/// not decide the figure.
/// </summary>
internal static class ParsingSpeed
{
    private const int Runs = 5;

    private const double MinRunSeconds = 0.2;

    public static void Run(string corpus)
    {
        var realFeeds = Files(Path.Combine(corpus, "indonesian-news", "wartapedia-feeds"), "*.xml");
        var testFeeds = Files(Path.Combine(corpus, "feeds-feedparser", "tests"), "*.xml")
            .Concat(Files(Path.Combine(corpus, "feeds-w3c-feedvalidator"), "*.xml")).ToList();
        var anpandu = Files(Path.Combine(corpus, "indonesian-news", "anpandu-fixtures", "websites"), "*.html");
        var readability = Directory.EnumerateDirectories(Path.Combine(corpus, "readability-test-pages", "test-pages"))
            .Select(folder => (Name: folder, Bytes: File.ReadAllBytes(Path.Combine(folder, "source.html"))));
        var articlePages = readability
            .Concat(anpandu.Where(f => !IsListing(f.Name)))
            .Concat(Files(Path.Combine(corpus, "indonesian-news", "gov-portal-pages"), "*.html")).ToList();
        var listings = anpandu.Where(f => IsListing(f.Name)).ToList();

        Console.WriteLine($"parsing speed (median of {Runs} runs after a warm-up, one thread, corpus in memory)");
        Report("feeds: real Indonesian (wartapedia)", realFeeds, "items", ParseFeed);
        Report("feeds: test suites (feedparser, w3c)", testFeeds, "items", ParseFeed);
        Report("article pages (readability, anpandu, gov)", articlePages, "pages", ExtractPage);
        Report("listing pages: link finding (anpandu)", listings, "pages", FindLinks);
    }

    /// <summary>The anpandu fixtures name their listing pages "...-mainpage.html".</summary>
    private static bool IsListing(string name) => name.Contains("mainpage", StringComparison.Ordinal);

    private static List<(string Name, byte[] Bytes)> Files(string folder, string pattern) => !Directory.Exists(folder) ? []
        : Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => (file, File.ReadAllBytes(file))).ToList();

    private static int ParseFeed(byte[] bytes)
    {
        try
        {
            return new FeedParser().Parse(bytes, null, new Uri("https://example.id/feed")).Items.Count;
        }
        catch (FeedFormatException)
        {
            // Refused documents cost time too and are part of what a poller meets; they count no items.
            return 0;
        }
    }

    private static int ExtractPage(byte[] bytes)
    {
        new ArticlePageExtractor().Extract(System.Text.Encoding.UTF8.GetString(bytes), new Uri("https://example.id/berita/1"));
        return 1;
    }

    private static int FindLinks(byte[] bytes)
    {
        new ListingLinkFinder().Find(System.Text.Encoding.UTF8.GetString(bytes), new Uri("https://www.example.id/"));
        return 1;
    }

    private static void Report(string name, List<(string Name, byte[] Bytes)> files, string unit, Func<byte[], int> parse)
    {
        var documents = files.Select(f => f.Bytes).ToList();
        if (documents.Count == 0)
        {
            Console.WriteLine($"    {name,-44} no documents found");
            return;
        }

        var bytes = documents.Sum(d => (long)d.Length);
        var count = 0;
        var warmUp = Stopwatch.StartNew();
        foreach (var document in documents) count += parse(document);
        // A small set is gone through several times per run, so a run lasts long enough for the clock to mean something.
        var passes = (int)Math.Clamp(Math.Ceiling(MinRunSeconds / Math.Max(warmUp.Elapsed.TotalSeconds, 1e-6)), 1, 10_000);
        var seconds = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            var clock = Stopwatch.StartNew();
            for (var pass = 0; pass < passes; pass++)
            {
                foreach (var document in documents) parse(document);
            }

            seconds.Add(clock.Elapsed.TotalSeconds / passes);
        }

        var median = seconds.Order().ElementAt(Runs / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    {name,-44} {documents.Count,5} docs {bytes / 1e6,7:0.00} MB {count,6} {unit,-5}  {bytes / 1e6 / median,7:0.0} MB/s {count / median,9:0} {unit}/s  (median pass {median * 1000:0.0} ms)"));
    }
}
