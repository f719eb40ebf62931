namespace NewsBot.Delivery;

/// <summary>
/// Wakes a running dispatcher when new rows were planned, so an urgent notice planned in the middle of a long
/// broadcast is claimed at once instead of after the rows already queued.
/// </summary>
public sealed class DispatchSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Raise()
    {
        // A second raise before the dispatcher looked is the same news: the semaphore stays at one.
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Raced with another raise: already signalled.
            }
        }
    }

    /// <summary>Waits until raised or until <paramref name="timeout"/>; true when raised.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
