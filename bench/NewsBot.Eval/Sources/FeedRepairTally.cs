using NewsBot.Extraction;

namespace NewsBot.Eval.Sources;

/// <summary>
/// For a corpus of feeds: how many that should be read were refused, and how many were read only after repairs (and
/// which), so a change to the loose read shows both what it gained and how often it had to step in.
/// </summary>
internal sealed class FeedRepairTally
{
    private readonly Dictionary<FeedRepair, int> _kinds = [];

    public int RefusedButReadable { get; private set; }

    public int Repaired { get; private set; }

    /// <summary>Counts one parse; <paramref name="shouldBeRead"/> says whether the corpus expects the file to be read.</summary>
    public void Count(ParsedFeed? feed, bool shouldBeRead)
    {
        if (feed is null)
        {
            if (shouldBeRead) RefusedButReadable++;
            return;
        }

        if (feed.Repairs.Count == 0) return;
        Repaired++;
        foreach (var kind in feed.Repairs) _kinds[kind] = _kinds.GetValueOrDefault(kind) + 1;
    }

    /// <summary>Puts the counts into the corpus's row of the evaluation table.</summary>
    public void Fill(CorpusTally tally)
    {
        tally.RefusedValid = RefusedButReadable;
        tally.Repairs = Repaired;
    }

    public string Note() =>
        $"feeds refused that should be read {RefusedButReadable}; read after repairs {Repaired}"
        + (_kinds.Count == 0 ? "" : " (" + string.Join(", ", _kinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}")) + ")");
}
