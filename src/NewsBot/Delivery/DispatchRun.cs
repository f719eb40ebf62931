namespace NewsBot.Delivery;

/// <summary>Shared counters of one dispatch run: how many rows are claimed but not yet recorded, and the totals.</summary>
internal sealed class DispatchRun(int maxUnrecorded) : IDisposable
{
    /// <summary>One slot per message sent but not yet recorded: the crash resend bound, enforced.</summary>
    public SemaphoreSlim UnrecordedSlots { get; } = new(maxUnrecorded, maxUnrecorded);

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

        if (count > 0) UnrecordedSlots.Release(count);
    }

    public void Dispose() => UnrecordedSlots.Dispose();
}
