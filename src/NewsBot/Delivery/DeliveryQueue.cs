using System.Collections.Concurrent;

namespace NewsBot.Delivery;

/// <summary>
/// The claimed rows waiting for a sender, one lane per priority. A sender always takes from the most urgent lane, so an
/// urgent notice overtakes a broadcast already queued.
/// </summary>
public sealed class DeliveryQueue
{
    private readonly ConcurrentQueue<ClaimedDelivery> urgent = new();
    private readonly ConcurrentQueue<ClaimedDelivery> news = new();
    private readonly ConcurrentQueue<ClaimedDelivery> digests = new();
    private readonly SemaphoreSlim available = new(0);
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Add(ClaimedDelivery delivery)
    {
        var lane = delivery.Priority >= DeliveryPriority.Urgent ? urgent
            : delivery.Priority > DeliveryPriority.Digest ? news
            : digests;
        lane.Enqueue(delivery);
        Interlocked.Increment(ref count);
        available.Release();
    }

    /// <summary>
    /// Reserves one row without taking it yet; false when none arrived within <paramref name="timeout"/>. The sender then
    /// waits for its rate-limit permit and only then takes a row, so the row it takes is the most urgent at that moment.
    /// </summary>
    public Task<bool> ReserveAsync(TimeSpan timeout, CancellationToken cancellationToken) => available.WaitAsync(timeout, cancellationToken);

    /// <summary>Takes the most urgent row; call once per successful <see cref="ReserveAsync"/>.</summary>
    public ClaimedDelivery TakeReserved()
    {
        Interlocked.Decrement(ref count);
        if (urgent.TryDequeue(out var delivery) || news.TryDequeue(out delivery) || digests.TryDequeue(out delivery)) return delivery;
        throw new InvalidOperationException("The delivery queue's count and lanes disagree.");
    }
}
