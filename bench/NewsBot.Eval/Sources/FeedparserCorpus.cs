using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Eval.Sources;

/// <summary>
/// feedparser's own test feeds: each file's Python <c>Expect:</c> expression is evaluated against NewsBot's parse.
/// Expectations about what NewsBot does not model (encoding, language, iTunes, bozo on lenient input) are counted
/// as untranslated rather than passed or failed.
/// </summary>
internal static partial class FeedparserCorpus
{
    public static CorpusTally Run(string corpus, bool verbose)
    {
        var tally = new CorpusTally("feeds-feedparser");
        var root = Path.Combine(corpus, "feeds-feedparser", "tests");
        int translated = 0, untranslated = 0;
        var repairs = new FeedRepairTally();
        var refusedForSafety = 0;
        var reasons = new Dictionary<string, int>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var bytes = File.ReadAllBytes(file);
            var (expect, contentType) = Expectation(bytes);
            tally.Run++;
            var (feed, crash, hung) = GuardedParse.Feed(bytes, contentType, new Uri($"http://127.0.0.1:8097/tests/{relative}"));
            if (crash is not null) { tally.Crashed++; tally.Failures.Add($"CRASH {relative}: {crash}"); continue; }
            if (hung) { tally.Hung++; tally.Failures.Add($"HANG {relative}"); continue; }
            // Upstream reads every file of wellformed/ without error; the ill-formed ones may be refused, and so may a DTD
            // that declares entities, which NewsBot refuses for safety whatever the entities are.
            var declaresEntities = Encoding.UTF8.GetString(bytes).Contains("<!ENTITY", StringComparison.Ordinal);
            if (declaresEntities && feed is null) refusedForSafety++;
            repairs.Count(feed, shouldBeRead: relative.StartsWith("wellformed/", StringComparison.Ordinal) && !declaresEntities);
            if (expect is null) { untranslated++; continue; }

            try
            {
                var expectsBozo = !expect.Contains("not bozo", StringComparison.Ordinal) && BozoWord().IsMatch(expect);
                var wellformed = relative.StartsWith("wellformed/", StringComparison.Ordinal);
                var ok = new PyEvaluator(FeedparserView.Names(feed, expectsBozo)).Evaluate(expect);
                // Upstream requires a well-formed feed to parse without error, whatever the expression says.
                if (wellformed && feed is null) ok = false;
                translated++;
                if (ok) tally.Passed++;
                else tally.Failures.Add($"FAIL {relative}: {expect}");
            }
            catch (UntranslatableException ex)
            {
                untranslated++;
                var reason = ex.Message;
                reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
            }
        }

        tally.Scored = translated;
        tally.Notes.Add($"translated checks {translated}, passed {tally.Passed} ({100.0 * tally.Passed / Math.Max(1, translated):0.0}%), untranslated {untranslated}");
        repairs.Fill(tally);
        tally.Notes.Add(repairs.Note() + $" (should be read: the files of wellformed/); DTDs declaring entities refused for safety {refusedForSafety}");
        tally.Notes.Add("untranslated, most common: " + string.Join(", ", reasons.OrderByDescending(r => r.Value).Take(6).Select(r => $"{r.Key} {r.Value}")));
        if (verbose) tally.Notes.AddRange(tally.Failures);
        return tally;
    }

    /// <summary>The Expect expression and the Content-type header from the file's leading comment.</summary>
    private static (string? Expect, string? ContentType) Expectation(byte[] bytes)
    {
        var text = Decode(bytes);
        var match = ExpectLine().Match(text);
        var header = ContentTypeHeader().Match(text);
        return (match.Success ? match.Groups[1].Value.Trim() : null, header.Success ? header.Groups[1].Value.Trim() : null);
    }

    private static string Decode(byte[] bytes) => bytes switch
    {
        [0x00, 0x00, 0xFE, 0xFF, ..] => new UTF32Encoding(true, true).GetString(bytes, 4, bytes.Length - 4),
        [0xFF, 0xFE, 0x00, 0x00, ..] => Encoding.UTF32.GetString(bytes, 4, bytes.Length - 4),
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2),
        [0xFF, 0xFE, ..] => Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2),
        _ => Encoding.UTF8.GetString(bytes),
    };

    [GeneratedRegex(@"Description:\s*.*?\s*Expect:\s*(.*?)\s*-->", RegexOptions.Singleline)]
    private static partial Regex ExpectLine();

    [GeneratedRegex(@"^Header:\s+Content-type:(.*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ContentTypeHeader();

    [GeneratedRegex(@"\bbozo\b")]
    private static partial Regex BozoWord();
}
