using System.Text.Json;

namespace NewsBot.Eval.Sources;

/// <summary>
/// A dev-corpus feed set (bench/corpus/feeds-*.tar.gz): feeds another reader is known to read, each &lt;name&gt;.feed
/// with &lt;name&gt;.json giving how many items that reader finds and their titles. Every feed NewsBot refuses is a
/// feed that should have been read; a case passes when the feed is read with the same number of items and the titles
/// the reference gives (items it gives no title are not compared).
/// </summary>
internal static class DevFeedCorpus
{
    public static CorpusTally Run(string archive, bool verbose)
    {
        var set = Path.GetFileName(archive)[..^".tar.gz".Length];
        var tally = new CorpusTally($"dev {set}");
        var entries = DevCorpusArchive.Entries(archive);
        int refused = 0, countsRight = 0;
        var repairs = new FeedRepairTally();
        foreach (var (file, bytes) in entries.Where(e => e.Key.EndsWith(".feed", StringComparison.Ordinal)).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var name = file[..^".feed".Length];
            if (!entries.TryGetValue($"{name}.json", out var json))
                throw new InvalidDataException($"{archive}: feed {file} has no {name}.json beside it.");
            using var expected = JsonDocument.Parse(json);
            var wantItems = expected.RootElement.GetProperty("items").GetInt32();
            var wantTitles = expected.RootElement.GetProperty("titles").EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : null).ToList();

            tally.Run++;
            var (feed, crash, hung) = GuardedParse.Feed(bytes, null, new Uri($"https://dev-corpus.example/{set}/{name}"));
            if (crash is not null) { tally.Crashed++; tally.Failures.Add($"EXCEPTION {name}: {crash}"); continue; }
            if (hung) { tally.Hung++; tally.Failures.Add($"HUNG {name}"); continue; }
            repairs.Count(feed, shouldBeRead: true);
            if (feed is null) { refused++; tally.Failures.Add($"REFUSED {name}"); continue; }
            var countRight = feed.Items.Count == wantItems;
            countsRight += countRight ? 1 : 0;
            var titlesRight = countRight && wantTitles.Select((t, i) => t is null || Same(t, feed.Items[i].Title)).All(ok => ok);
            if (titlesRight) tally.Passed++;
            else tally.Failures.Add($"{name}: items {feed.Items.Count} (want {wantItems}){(countRight ? ", titles differ: " + string.Join(" | ", feed.Items.Select(i => i.Title)) : "")}");
        }

        repairs.Fill(tally);
        tally.Notes.Add(repairs.Note());
        tally.Notes.Add($"read {tally.Run - refused - tally.Crashed - tally.Hung}/{tally.Run}, item counts as the reference {countsRight}, counts and titles {tally.Passed}");
        tally.Notes.AddRange(verbose ? tally.Failures : tally.Failures.Where(f => !f.Contains(": items ", StringComparison.Ordinal)));
        return tally;
    }

    /// <summary>Titles compared as their words: the reference keeps markup and spacing NewsBot turns into plain text.</summary>
    private static bool Same(string want, string got) => SegmentCounts.Words(want) == SegmentCounts.Words(got);
}
