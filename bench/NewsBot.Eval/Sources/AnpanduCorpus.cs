using System.Text.Json;
using NewsBot.Extraction;

namespace NewsBot.Eval.Sources;

/// <summary>
/// Real pages of ten Indonesian news sites: article pages scored on title (exact), date (to the minute the page shows)
/// and body (shingle F1); listing pages and feeds on their first three article links, in order.
/// </summary>
internal static class AnpanduCorpus
{
    public static CorpusTally Run(string corpus, bool verbose)
    {
        var tally = new CorpusTally("indonesian anpandu-fixtures");
        var folder = Path.Combine(corpus, "indonesian-news", "anpandu-fixtures");
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        int articles = 0, titles = 0, dates = 0, listings = 0, listingsRight = 0;
        var f1s = new List<double>();
        foreach (var page in expected.RootElement.EnumerateObject())
        {
            tally.Run++;
            var bytes = File.ReadAllBytes(Path.Combine(folder, page.Name));
            var html = System.Text.Encoding.UTF8.GetString(bytes);
            if (page.Value.GetProperty("function").GetString() == "getURLsFromMainPage")
            {
                listings++;
                var want = page.Value.GetProperty("expected_urls").EnumerateObject().Select(p => p.Value.GetString()!).ToList();
                var (links, crash, hung) = GuardedParse.Run(() => ListingLinks(bytes, html, new Uri(want[0])));
                Count(tally, crash, hung);
                var got = links?.Take(want.Count).Select(u => u.ToString()).ToList() ?? [];
                if (got.SequenceEqual(want)) { listingsRight++; tally.Passed++; }
                else tally.Failures.Add($"{page.Name}: first links {string.Join(" ", got)}");
                continue;
            }

            articles++;
            var expect = page.Value.GetProperty("expected");
            var url = new Uri(expect.GetProperty("url").GetString()!);
            var (article, articleCrash, articleHung) = GuardedParse.Run(() => new ArticlePageExtractor().Extract(html, url));
            Count(tally, articleCrash, articleHung);
            if (article is null) continue;
            var titleOk = article.Title == expect.GetProperty("title").GetString()?.Trim();
            var wantDate = DateTimeOffset.FromUnixTimeMilliseconds(expect.GetProperty("date").GetInt64()).UtcDateTime;
            var dateOk = article.PublishedUtc is { } d && Math.Abs((d - wantDate).TotalSeconds) < 60;
            if (string.IsNullOrWhiteSpace(article.Text)) tally.Empty = (tally.Empty ?? 0) + 1;
            var f1 = Shingles.Score(article.Text, expect.GetProperty("content").GetString() ?? "").F1;
            f1s.Add(f1);
            titles += titleOk ? 1 : 0;
            dates += dateOk ? 1 : 0;
            if (titleOk && dateOk && f1 >= 0.8) tally.Passed++;
            else tally.Failures.Add($"{page.Name}: title {(titleOk ? "ok" : $"'{article.Title}'")}, date {(dateOk ? "ok" : article.PublishedUtc?.ToString("u") ?? "none")} (want {wantDate:u}), F1 {f1:0.00}");
        }

        tally.Empty ??= 0;
        tally.F1 = f1s.Count > 0 ? f1s.Average() : null;
        tally.Notes.Add($"articles {articles}: titles exact {titles} ({100.0 * titles / Math.Max(1, articles):0}%), dates {dates} ({100.0 * dates / Math.Max(1, articles):0}%), body shingle F1 mean {(f1s.Count > 0 ? f1s.Average() : 0):0.000}");
        tally.Notes.Add($"listing pages and feeds {listings}: first three links right {listingsRight}");
        if (verbose) tally.Notes.AddRange(tally.Failures);
        return tally;
    }

    private static IReadOnlyList<Uri> ListingLinks(byte[] bytes, string html, Uri site)
    {
        var head = html.AsSpan(0, Math.Min(html.Length, 500)).TrimStart();
        if (head.StartsWith("<?xml") || head.StartsWith("<rss"))
            return new FeedParser().Parse(bytes, null, site).Items.Select(i => i.Link).OfType<Uri>().ToList();
        return new ListingLinkFinder().Find(html, site);
    }

    private static void Count(CorpusTally tally, string? crash, bool hung)
    {
        if (crash is not null) { tally.Crashed++; tally.Failures.Add("CRASH " + crash); }
        if (hung) tally.Hung++;
    }
}
