using System.Text.Json;

namespace NewsBot.Eval.Sources;

/// <summary>Five Indonesian RSS feeds with expected title, URL, image and publication time per item.</summary>
internal static class WartapediaCorpus
{
    public static CorpusTally Run(string corpus, bool verbose)
    {
        var tally = new CorpusTally("indonesian wartapedia-feeds");
        var folder = Path.Combine(corpus, "indonesian-news", "wartapedia-feeds");
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        int fields = 0, fieldsRight = 0;
        var repairs = new FeedRepairTally();
        foreach (var feedCase in expected.RootElement.EnumerateObject())
        {
            var file = feedCase.Value.GetProperty("feed_file").GetString()!;
            var (feed, crash, hung) = GuardedParse.Feed(File.ReadAllBytes(Path.Combine(folder, file)), null, new Uri("https://example.id/rss"));
            var items = feedCase.Value.GetProperty("expected_items").EnumerateArray().ToList();
            if (crash is null && !hung) repairs.Count(feed, shouldBeRead: true);
            for (var i = 0; i < items.Count; i++)
            {
                tally.Run++;
                if (crash is not null || hung) { tally.Crashed += crash is null ? 0 : 1; tally.Hung += hung ? 1 : 0; continue; }
                var item = feed is not null && i < feed.Items.Count ? feed.Items[i] : null;
                var want = items[i];
                var checks = new List<(string Field, bool Ok)>
                {
                    ("title", item?.Title == want.GetProperty("Title").GetString()),
                    ("url", item?.Link?.ToString() == want.GetProperty("Url").GetString()),
                    ("date", item?.PublishedUtc is { } d && new DateTimeOffset(d).ToUnixTimeSeconds() == want.GetProperty("PubDate").GetInt64()),
                };
                if (want.TryGetProperty("MediaContent", out var media) && media.GetString() is { Length: > 0 } image)
                    checks.Add(("image", item?.ImageUrl?.ToString() == image));
                fields += checks.Count;
                fieldsRight += checks.Count(c => c.Ok);
                if (checks.All(c => c.Ok)) tally.Passed++;
                else tally.Failures.Add($"{file}[{i}]: wrong {string.Join(", ", checks.Where(c => !c.Ok).Select(c => c.Field))}");
            }
        }

        tally.Notes.Add($"fields right {fieldsRight}/{fields} (title, url, date to the second, lead image)");
        repairs.Fill(tally);
        tally.Notes.Add(repairs.Note());
        if (verbose) tally.Notes.AddRange(tally.Failures);
        return tally;
    }
}
