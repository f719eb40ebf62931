namespace NewsBot.Chat;

/// <summary>
/// Wakes an inbox worker when a webhook stored something, so it is carried out at once rather than at the worker's
/// next look. Any number of signals before the worker looks are one wake-up.
/// </summary>
public sealed class InboxSignal
{
    private readonly SemaphoreSlim arrived = new(0, 1);

    public void Raise()
    {
        if (arrived.CurrentCount > 0) return;
        try
        {
            arrived.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another request signalled first; one wake-up is enough.
        }
    }

    /// <summary>Waits until raised or until <paramref name="timeout"/>; true when raised.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => arrived.WaitAsync(timeout, cancellationToken);
}
