namespace NewsBot.Delivery;

/// <summary>
/// Whether this instance is the one that talks to the platforms for the account. With one instance (SQLite) it always
/// is. With several (PostgreSQL) it is while it runs the sender job (Scheduling/SenderJob), and then it also reads
/// Telegram's updates by long polling: getUpdates allows one reader per bot, and the replies to those updates then
/// share one pacer with the news, so the account's limit is kept by one process.
/// </summary>
public sealed class SenderRole(bool heldByEveryInstance)
{
    private readonly object gate = new();
    private TaskCompletionSource<CancellationToken> held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? lost;

    /// <summary>
    /// Waits until this instance holds the role; the token it returns is cancelled when the role is given up (the
    /// sender job ended). With one instance it returns at once, with a token that is never cancelled.
    /// </summary>
    public Task<CancellationToken> HeldAsync(CancellationToken cancellationToken)
    {
        if (heldByEveryInstance) return Task.FromResult(CancellationToken.None);
        lock (gate) return held.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Takes the role for as long as the returned value is not disposed.</summary>
    public IDisposable Take()
    {
        lock (gate)
        {
            lost = new CancellationTokenSource();
            held.TrySetResult(lost.Token);
            return new Release(this);
        }
    }

    private void GiveUp()
    {
        lock (gate)
        {
            // Not disposed: a receiver may still link to its token after the cancel; the GC collects it.
            lost?.Cancel();
            lost = null;
            held = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private sealed class Release(SenderRole role) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) role.GiveUp();
        }
    }
}
