namespace NewsBot.Chat;

/// <summary>
/// The loop of both webhook inboxes' workers (Telegram's and WhatsApp's): carry out batch after batch while batches come
/// back full, then wait until the webhook stores something or the next look is due (other instances' items, retries
/// that came due). A failed round is logged and the loop goes on; it is never fatal.
/// </summary>
public abstract class InboxWorker : BackgroundService
{
    /// <summary>How often waiting items are looked for when nothing wakes the worker.</summary>
    private static readonly TimeSpan LookInterval = TimeSpan.FromSeconds(1);

    /// <summary>The most items one round takes; a full round means there may be more waiting.</summary>
    protected abstract int BatchSize { get; }

    /// <summary>Carries out one batch; returns how many items it took.</summary>
    public abstract Task<int> DrainOnceAsync(CancellationToken cancellationToken);

    /// <summary>Waits until the inbox signals a new item or <paramref name="timeout"/> passes.</summary>
    protected abstract Task WaitForArrivalAsync(TimeSpan timeout, CancellationToken cancellationToken);

    protected abstract void LogRoundFailed(Exception exception);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DrainOnceAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(ex);
            }

            try
            {
                await WaitForArrivalAsync(LookInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
