namespace NewsBot.Delivery;

/// <summary>Shared counters of one dispatch run: how many rows are claimed but not yet recorded, and the totals.</summary>
internal sealed class DispatchRun
{
    private readonly Lock gate = new();
    private long claimed;
    private long recorded;

    public volatile bool ClaimingDone;

    public DispatchSummary Summary { get; private set; } = DispatchSummary.Empty;

    public long Outstanding
    {
        get
        {
            lock (gate) return claimed - recorded;
        }
    }

    public void AddClaimed(int count)
    {
        lock (gate) claimed += count;
    }

    public void AddRecorded(int count, DispatchSummary summary)
    {
        lock (gate)
        {
            recorded += count;
            Summary = Summary.Add(summary);
        }
    }
}
