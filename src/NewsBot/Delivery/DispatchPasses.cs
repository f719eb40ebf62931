namespace NewsBot.Delivery;

/// <summary>
/// When the last pass over the outbox began, of those that finished: a pass that began after a moment saw every row as
/// it was then, and what it was going to send is sent. Passes never overlap in one instance (the dispatch job does not
/// run concurrently; the sender runs one pass after another), so the figure only grows. Tests wait on it to show that a
/// held row stayed held; it is also what an operator asks first when news seems stuck ("is the sender still going?").
/// </summary>
public sealed class DispatchPasses
{
    private long lastFinishedStartTicks;

    public DateTime? LastFinishedPassStartedUtc =>
        Interlocked.Read(ref lastFinishedStartTicks) is var ticks and > 0 ? new DateTime(ticks, DateTimeKind.Utc) : null;

    public void Finished(DateTime startedUtc) => Interlocked.Exchange(ref lastFinishedStartTicks, startedUtc.Ticks);
}
