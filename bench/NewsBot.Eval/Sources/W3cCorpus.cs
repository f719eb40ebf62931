using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Eval.Sources;

/// <summary>
/// The W3C feed validator's test cases: every file must be parsed or refused cleanly, never crash or hang; the
/// files expected to be valid ("Expect: !Error") must also parse, except the valid AtomPub service and category
/// documents, which are not feeds and must be refused as such. A case passes when both hold.
/// </summary>
internal static partial class W3cCorpus
{
    public static CorpusTally Run(string corpus, bool verbose)
    {
        var tally = new CorpusTally("feeds-w3c-feedvalidator");
        int valid = 0, validParsed = 0, refused = 0, notFeeds = 0;
        var repairs = new FeedRepairTally();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(corpus, "feeds-w3c-feedvalidator"), "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
            var isValid = ValidExpectation().IsMatch(head);
            var isNotAFeed = AtomPubDocument().IsMatch(head);
            var mustParse = isValid && !isNotAFeed;
            tally.Run++;
            var (feed, crash, hung) = GuardedParse.Feed(bytes, null, new Uri("http://example.org/feed.xml"));
            if (crash is not null) { tally.Crashed++; tally.Failures.Add($"CRASH {file}: {crash}"); continue; }
            if (hung) { tally.Hung++; tally.Failures.Add($"HANG {file}"); continue; }
            if (feed is null) refused++;
            repairs.Count(feed, mustParse);
            if (isValid && isNotAFeed) { notFeeds++; if (feed is null) tally.Passed++; else tally.Failures.Add($"READ AS FEED {file}"); continue; }
            if (mustParse) { valid++; if (feed is not null) validParsed++; else tally.Failures.Add($"REFUSED VALID {file}"); }
            if (!mustParse || feed is not null) tally.Passed++;
        }

        tally.Notes.Add($"valid feeds (Expect: !Error) parsed {validParsed}/{valid}; valid AtomPub documents refused as not feeds {notFeeds}; refused cleanly (not a feed, malformed, DTD entities) {refused}");
        tally.Notes.Add(repairs.Note());
        repairs.Fill(tally);
        if (verbose) tally.Notes.AddRange(tally.Failures);
        return tally;
    }

    [GeneratedRegex(@"Expect:\s*!Error\b")]
    private static partial Regex ValidExpectation();

    /// <summary>The root of an AtomPub service or category document (RFC 5023), whatever its prefix.</summary>
    [GeneratedRegex(@"<(?:[\w.-]+:)?(?:service|categories)\b[^>]*""http://www\.w3\.org/2007/app""")]
    private static partial Regex AtomPubDocument();
}
