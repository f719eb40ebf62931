using System.Diagnostics;

namespace NewsBot.Delivery;

/// <summary>
/// Hands out send slots evenly spaced just under a platform's ceiling, each to the most important waiter at that moment
/// (see <see cref="SendLane"/>): a reply never queues behind a broadcast that asked first. Slot k is k intervals after
/// the pacer was last idle, so a late wake-up never shifts the slots after it and the long-run rate is exact; an idle
/// pacer does not bank unused slots, so after a pause the pace restarts, never as a burst. On top of the spacing, no
/// one-second window ever holds more than the platform's limit, however late a wake-up came: the platform counts in
/// windows, and catching up after a late wake-up must not crowd one.
/// Written by hand: the library's TokenBucketRateLimiter replenishes on a timer whose period is whole milliseconds, so
/// Telegram's 1/29.7 s became 33 ms and the benchmark measured 30.4 messages a second against a ceiling of 30; and its
/// queue is first come, first served. Slots are kept in Stopwatch ticks and follow the real clock: pacing is about real
/// throughput.
/// </summary>
public sealed class SteadyPacer
{
    private static readonly TimeSpan ShortestSleep = TimeSpan.FromMilliseconds(1);

    /// <summary>How far a late wake-up is caught up: a fast pacer hands out the slots it overslept, a slow one barely any.</summary>
    private static readonly long MaxCatchUpTicks = Stopwatch.Frequency / 200;

    /// <summary>Windows are kept for limits up to this; above it (a benchmark without limits) spacing alone rules.</summary>
    private const int MaxWindowedLimit = 2_000;

    private readonly long intervalTicks;
    private readonly long windowTicks;
    private readonly long[] recent;
    private readonly Lock gate = new();
    private readonly Queue<TaskCompletionSource<long>>[] waiting = [.. Enum.GetValues<SendLane>().Select(_ => new Queue<TaskCompletionSource<long>>())];
    /// <summary>How many answered requests the usual latency is judged from.</summary>
    private const int RecentLatencies = 32;

    private readonly Queue<long> latencies = new(RecentLatencies);
    private long nextSlot;
    private int oldestRecent;
    private int queued;
    private bool handingOut;

    /// <param name="limit">The platform's ceiling in messages a second.</param>
    /// <param name="headroom">The share of the ceiling used, just under one, so jitter never lets the platform see one too many.</param>
    public SteadyPacer(double limit, double headroom = 1.0)
    {
        intervalTicks = Math.Max(1, (long)(Stopwatch.Frequency / (limit * headroom)));
        // The window is a little longer than a second, by the same share as the headroom, to absorb network jitter.
        windowTicks = (long)(Stopwatch.Frequency * (2 - headroom));
        recent = limit <= MaxWindowedLimit ? new long[Math.Max(1, (int)Math.Floor(limit))] : [];
        Array.Fill(recent, long.MinValue / 2);
    }

    /// <summary>Waiters that have not yet had their slot, in every lane.</summary>
    public int Waiting
    {
        get
        {
            lock (gate) return queued;
        }
    }

    public Task<long> WaitForSlotAsync(CancellationToken cancellationToken) => WaitForSlotAsync(SendLane.Outbox, cancellationToken);

    /// <summary>
    /// Waits for a slot; the answer is the slot's stamp, to hand to <see cref="Done"/> once the request it paced has
    /// been answered.
    /// </summary>
    public Task<long> WaitForSlotAsync(SendLane lane, CancellationToken cancellationToken)
    {
        TaskCompletionSource<long> waiter;
        lock (gate)
        {
            var now = Stopwatch.GetTimestamp();
            if (queued == 0 && nextSlot <= now && WindowOpensAt() <= now)
            {
                return Task.FromResult(Release(now, now));
            }

            waiter = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting[(int)lane].Enqueue(waiter);
            queued++;
            if (!handingOut)
            {
                handingOut = true;
                _ = HandOutAsync();
            }
        }

        // A cancelled waiter stays queued and is skipped when its turn comes, without using up the slot.
        return waiter.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Runs while anyone waits: at each slot's time, gives it to the first waiter of the most important lane.</summary>
    private async Task HandOutAsync()
    {
        while (true)
        {
            TimeSpan sleep;
            lock (gate)
            {
                var now = Stopwatch.GetTimestamp();
                while (queued > 0 && nextSlot <= now && WindowOpensAt() <= now)
                {
                    var waiter = TakeMostImportant();
                    // The stamp is known before the waiter is woken; a cancelled waiter leaves the slot to the next.
                    var stamp = now;
                    if (waiter.TrySetResult(stamp)) Release(nextSlot, now);
                }

                if (queued == 0)
                {
                    handingOut = false;
                    return;
                }

                sleep = Stopwatch.GetElapsedTime(now, Math.Max(nextSlot, WindowOpensAt()));
            }

            // Timers are no finer than a millisecond: a fast pacer catches up with several slots per wake-up instead.
            await Task.Delay(sleep < ShortestSleep ? ShortestSleep : sleep).ConfigureAwait(false);
        }
    }

    /// <summary>Uses the slot due at <paramref name="slot"/>, handed out at <paramref name="now"/>; returns its stamp.</summary>
    private long Release(long slot, long now)
    {
        // A slot is never older than the idle pacer's: waiting that began after a quiet spell starts the grid afresh.
        nextSlot = Math.Max(slot, now - MaxCatchUpTicks) + intervalTicks;
        if (recent.Length == 0) return now;
        recent[oldestRecent] = now;
        oldestRecent = (oldestRecent + 1) % recent.Length;
        return now;
    }

    /// <summary>
    /// The request sent in the slot stamped <paramref name="stamp"/> has been answered; returns how much later than
    /// usual. A request that took unusually long (a first call still being compiled, a garbage collection, a new
    /// connection) may have reached the platform that much later than it was let go, closer to the requests after it:
    /// the window then counts it as sent that much later. Steady network latency costs nothing, so a distant platform
    /// is still used at its ceiling.
    /// </summary>
    public TimeSpan Done(long stamp)
    {
        // A pacer without windows (no platform limit, the benchmark's ceiling) has nothing to correct: keep the send
        // path free of the bookkeeping.
        if (recent.Length == 0) return TimeSpan.Zero;
        var latency = Stopwatch.GetTimestamp() - stamp;
        lock (gate)
        {
            // Usual is the 90th percentile of the recent answers: everyday spread (a database read before the request, the
            // network) is not counted; outliers are, and everything while there is no history yet (a first call).
            var usual = latencies.Count == 0 ? 0 : latencies.Order().ElementAt(latencies.Count * 9 / 10);
            if (latencies.Count == RecentLatencies) latencies.Dequeue();
            latencies.Enqueue(latency);
            var late = Math.Max(0, latency - usual);
            if (late == 0) return TimeSpan.Zero;
            // In the window the shift is capped at one slot: a channel whose requests vary a lot (a database read before
            // each) would otherwise give up a share of its ceiling. A chat's next turn takes the whole of it.
            var at = Array.IndexOf(recent, stamp);
            if (at >= 0) recent[at] = Math.Max(recent[at], stamp + Math.Min(late, intervalTicks));
            return Stopwatch.GetElapsedTime(0, late);
        }
    }

    /// <summary>When the one-second window has room again: the limit's worth of messages back, plus the window.</summary>
    private long WindowOpensAt() => recent.Length == 0 ? long.MinValue : recent[oldestRecent] + windowTicks;

    private TaskCompletionSource<long> TakeMostImportant()
    {
        queued--;
        foreach (var lane in waiting)
        {
            if (lane.TryDequeue(out var waiter)) return waiter;
        }

        throw new InvalidOperationException("The waiting count and the queues disagree.");
    }
}
