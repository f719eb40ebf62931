using NewsBot.Delivery;

namespace NewsBot.Chat;

/// <summary>
/// The loop of both webhook inboxes' workers (Telegram's and WhatsApp's): carry out batch after batch while batches come
/// back full, then wait until the webhook stores something or the next look is due (other instances' items, retries
/// that came due). A failed round is logged and the loop goes on; it is never fatal.
/// </summary>
/// <remarks>
/// With several instances every one stores what its webhook receives, but only the sender carries it out (see
/// <see cref="SenderRole"/>): the replies then leave through the one pacer that keeps the account's limit with the news,
/// and one worker takes each chat's updates in the order they came. Another instance takes over with the sending.
/// </remarks>
public abstract class InboxWorker(SenderRole role) : BackgroundService
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
            CancellationToken roleLost;
            try
            {
                roleLost = await role.HeldAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            using var holding = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, roleLost);
            await WorkWhileHeldAsync(holding.Token);
        }
    }

    private async Task WorkWhileHeldAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                while (await DrainOnceAsync(cancellationToken) == BatchSize)
                {
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogRoundFailed(ex);
            }

            try
            {
                await WaitForArrivalAsync(LookInterval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
