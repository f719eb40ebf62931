namespace NewsBot.Delivery;

/// <summary>
/// Wakes a worker that waits for new work (the dispatcher, a webhook inbox's worker) at once rather than at its next
/// look. Any number of raises before the worker looks are one wake-up.
/// </summary>
public class WakeSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Raise()
    {
        // A second raise before the worker looked is the same news: the semaphore stays at one.
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
