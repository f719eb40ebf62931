using System.Text.Json;

namespace NewsBot.Eval.Sources;

/// <summary>
/// gofeed's test feeds (the testdata folder of github.com/mmcdole/gofeed, given on the command line, not kept in
/// this project) as a set of feeds from outside the shared corpus: every feed gofeed reads must be read here too, and
/// where gofeed's expected result lists the items, the same number of items must come out. The files gofeed's own
/// tests expect to fail (a non-feed XML document, an empty one, broken JSON) must be refused cleanly.
/// </summary>
internal static class GofeedCorpus
{
    /// <summary>From gofeed's parser_test.go and json/parser_test.go: the documents it refuses on purpose.</summary>
    private static readonly HashSet<string> ExpectedToFail = ["unknown_feed.xml", "empty_feed.xml", "invalid.json"];

    public static CorpusTally Run(string folder, bool verbose)
    {
        var tally = new CorpusTally("feeds-gofeed-testdata");
        var repairs = new FeedRepairTally();
        int expectedToFail = 0, refusedAsExpected = 0, withItemCount = 0, itemCountsAgree = 0;
        foreach (var file in Feeds(folder))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var shouldBeRead = !ExpectedToFail.Contains(Path.GetFileName(file));
            tally.Run++;
            var (feed, crash, hung) = GuardedParse.Feed(File.ReadAllBytes(file), null, new Uri("https://example.org/feed"));
            if (crash is not null) { tally.Crashed++; tally.Failures.Add($"CRASH {relative}: {crash}"); continue; }
            if (hung) { tally.Hung++; tally.Failures.Add($"HANG {relative}"); continue; }
            repairs.Count(feed, shouldBeRead);
            if (!shouldBeRead)
            {
                expectedToFail++;
                if (feed is null) { refusedAsExpected++; tally.Passed++; }
                else tally.Failures.Add($"READ (gofeed refuses it) {relative}");
                continue;
            }

            if (feed is null) { tally.Failures.Add($"REFUSED {relative}"); continue; }
            tally.Passed++;
            if (ExpectedItemCount(file) is not { } expected) continue;
            withItemCount++;
            if (expected == feed.Items.Count) itemCountsAgree++;
            else tally.Failures.Add($"ITEMS {relative}: {feed.Items.Count}, gofeed {expected}");
        }

        tally.Notes.Add(repairs.Note() + $"; refused as gofeed's tests expect {refusedAsExpected}/{expectedToFail}");
        tally.Notes.Add($"item count equal to gofeed's expected result {itemCountsAgree}/{withItemCount}");
        if (verbose) tally.Notes.AddRange(tally.Failures);
        return tally;
    }

    /// <summary>Every XML file, and every JSON file that is not the expected result of another (x.json beside x.xml, x_expected.json).</summary>
    private static IEnumerable<string> Feeds(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".xml", StringComparison.Ordinal)
                || (f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith("_expected.json", StringComparison.Ordinal) && !File.Exists(Path.ChangeExtension(f, ".xml"))))
            .Order(StringComparer.Ordinal);

    /// <summary>The number of items gofeed's expected result lists ("items" for RSS and JSON, "entries" for Atom), if it lists them.</summary>
    private static int? ExpectedItemCount(string feedFile)
    {
        var expectation = feedFile.EndsWith(".xml", StringComparison.Ordinal)
            ? Path.ChangeExtension(feedFile, ".json")
            : feedFile[..^".json".Length] + "_expected.json";
        if (!File.Exists(expectation)) return null;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(expectation));
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            foreach (var name in new[] { "items", "entries" })
            {
                if (document.RootElement.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array) return list.GetArrayLength();
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
