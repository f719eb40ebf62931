using System.Text.Json.Nodes;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// The pending-update queue behind <c>getUpdates</c>: increasing ids, confirmation by <c>offset</c>, <c>limit</c>,
/// long polling, and the 409 Telegram gives the older of two concurrent pollers.
/// </summary>
internal sealed class TelegramUpdateQueue
{
    /// <summary>Telegram clamps long-poll timeouts to 50 s rather than rejecting larger ones.</summary>
    public const int MaxTimeoutSeconds = 50;

    private readonly Lock _gate = new();
    private readonly List<(long Id, JsonObject Update)> _pending = [];
    private long _nextId = 100_000_001;
    private Poller? _waiting;

    public enum Outcome
    {
        Updates,
        Conflict,
        Aborted,
    }

    /// <summary>Adds an update (its <c>update_id</c> is filled in) and wakes a waiting poll.</summary>
    public long Enqueue(JsonObject update)
    {
        Poller? toWake;
        long id;
        lock (_gate)
        {
            id = _nextId++;
            update["update_id"] = id;
            _pending.Add((id, update));
            toWake = _waiting;
        }

        toWake?.Wake(Outcome.Updates);
        return id;
    }

    public void DropPending()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    public async Task<(Outcome Outcome, JsonArray Updates)> PollAsync(
        long offset, int limit, int timeoutSeconds, CancellationToken requestAborted, CancellationToken endEarly)
    {
        limit = Math.Clamp(limit <= 0 ? 100 : limit, 1, 100);
        timeoutSeconds = Math.Clamp(timeoutSeconds, 0, MaxTimeoutSeconds);
        var me = new Poller();
        Poller? superseded;
        lock (_gate)
        {
            Confirm(offset);
            superseded = _waiting;
            _waiting = me;
        }

        superseded?.Wake(Outcome.Conflict);
        try
        {
            // Long-poll waits run on the wall clock: they are transport behaviour, not the bot's notion of time.
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, endEarly);
            deadline.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
            while (true)
            {
                if (me.Conflicted)
                {
                    return (Outcome.Conflict, []);
                }

                var batch = Take(limit);
                if (batch.Count > 0 || deadline.IsCancellationRequested)
                {
                    return requestAborted.IsCancellationRequested ? (Outcome.Aborted, []) : (Outcome.Updates, batch);
                }

                await me.WaitAsync(deadline.Token);
            }
        }
        finally
        {
            lock (_gate)
            {
                if (_waiting == me)
                {
                    _waiting = null;
                }
            }
        }
    }

    /// <summary>A positive offset confirms every earlier update; a negative one keeps only the last |offset|.</summary>
    private void Confirm(long offset)
    {
        if (offset > 0)
        {
            _pending.RemoveAll(u => u.Id < offset);
        }
        else if (offset < 0 && _pending.Count > -offset)
        {
            _pending.RemoveRange(0, _pending.Count - (int)-offset);
        }
    }

    private JsonArray Take(int limit)
    {
        lock (_gate)
        {
            var batch = new JsonArray();
            foreach (var (_, update) in _pending.Take(limit))
            {
                batch.Add(update.DeepClone());
            }

            return batch;
        }
    }

    private sealed class Poller
    {
        private TaskCompletionSource _signal = NewSignal();
        private volatile bool _conflicted;

        public bool Conflicted => _conflicted;

        public void Wake(Outcome outcome)
        {
            // The flag survives a wake-up that lands while the poller is between waits.
            if (outcome == Outcome.Conflict)
            {
                _conflicted = true;
            }

            Volatile.Read(ref _signal).TrySetResult();
        }

        /// <summary>Waits for a wake-up, the deadline or an abort; the caller then looks at the queue again.</summary>
        public async Task WaitAsync(CancellationToken cancellationToken)
        {
            var signal = Volatile.Read(ref _signal);
            try
            {
                await signal.Task.WaitAsync(cancellationToken);
                Interlocked.CompareExchange(ref _signal, NewSignal(), signal);
            }
            catch (OperationCanceledException)
            {
                // Deadline or client gone: the poll loop notices through the token.
            }
        }

        private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
