using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Eval.Sources;

/// <summary>
/// The W3C feed validator's test cases: every file must be parsed or refused cleanly, never crash or hang; the
/// files expected to be valid ("Expect: !Error") must also parse. A case passes when both hold.
/// </summary>
internal static partial class W3cCorpus
{
    public static CorpusTally Run(string corpus, bool verbose)
    {
        var tally = new CorpusTally("feeds-w3c-feedvalidator");
        int valid = 0, validParsed = 0, refused = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(corpus, "feeds-w3c-feedvalidator"), "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            var mustParse = ValidExpectation().IsMatch(Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096)));
            tally.Run++;
            var (feed, crash, hung) = GuardedParse.Feed(bytes, null, new Uri("http://example.org/feed.xml"));
            if (crash is not null) { tally.Crashed++; tally.Failures.Add($"CRASH {file}: {crash}"); continue; }
            if (hung) { tally.Hung++; tally.Failures.Add($"HANG {file}"); continue; }
            if (feed is null) refused++;
            if (mustParse) { valid++; if (feed is not null) validParsed++; else tally.Failures.Add($"REFUSED VALID {file}"); }
            if (!mustParse || feed is not null) tally.Passed++;
        }

        tally.RefusedValid = valid - validParsed;
        tally.Notes.Add($"valid feeds (Expect: !Error) parsed {validParsed}/{valid}; refused cleanly (not a feed, malformed, DTD entities) {refused}");
        if (verbose) tally.Notes.AddRange(tally.Failures);
        return tally;
    }

    [GeneratedRegex(@"Expect:\s*!Error\b")]
    private static partial Regex ValidExpectation();
}
