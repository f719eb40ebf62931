using System.Diagnostics;
using NewsBot.Delivery;

namespace NewsBot.Tests.Delivery;

/// <summary>
/// The pacer every request to a platform passes: slots go to the most important lane first, and no one-second window
/// holds more than the platform's limit. Order and counts are checked, not speed.
/// </summary>
public sealed class SteadyPacerTests
{
    [Fact]
    public async Task A_reply_that_asks_after_a_queue_of_outbox_sends_gets_the_next_slot()
    {
        var pacer = new SteadyPacer(limit: 20);
        var order = new List<string>();
        await pacer.WaitForSlotAsync(SendLane.Outbox, CancellationToken.None);
        var outbox = Enumerable.Range(0, 5).Select(i => TakeAsync(pacer, SendLane.Outbox, $"news {i}", order)).ToList();
        var alert = TakeAsync(pacer, SendLane.Alert, "alert", order);
        var reply = TakeAsync(pacer, SendLane.Reply, "reply", order);

        await Task.WhenAll([.. outbox, alert, reply]);

        Assert.Equal(["reply", "alert", "news 0", "news 1", "news 2", "news 3", "news 4"], order);
    }

    [Fact]
    public async Task No_one_second_window_holds_more_than_the_limit_however_many_wait()
    {
        var pacer = new SteadyPacer(limit: 10, headroom: 0.99);
        var released = new List<long>();
        await Task.WhenAll(Enumerable.Range(0, 25).Select(async _ =>
        {
            await pacer.WaitForSlotAsync(SendLane.Reply, CancellationToken.None);
            lock (released) released.Add(Stopwatch.GetTimestamp());
        }));

        released.Sort();
        for (var i = 10; i < released.Count; i++)
        {
            Assert.True(Stopwatch.GetElapsedTime(released[i - 10], released[i]) >= TimeSpan.FromSeconds(1), $"slot {i}");
        }
    }

    [Fact]
    public async Task A_cancelled_waiter_gives_its_slot_to_the_next()
    {
        var pacer = new SteadyPacer(limit: 5);
        await pacer.WaitForSlotAsync(SendLane.Outbox, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = pacer.WaitForSlotAsync(SendLane.Reply, cancel.Token);
        var next = pacer.WaitForSlotAsync(SendLane.Outbox, CancellationToken.None);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await next;
        Assert.Equal(0, pacer.Waiting);
    }

    [Fact]
    public async Task A_request_answered_unusually_late_counts_in_the_window_from_later()
    {
        var pacer = new SteadyPacer(limit: 2, headroom: 1.0);
        var first = await pacer.WaitForSlotAsync(SendLane.Outbox, CancellationToken.None);
        await pacer.WaitForSlotAsync(SendLane.Outbox, CancellationToken.None);
        // The first request took 300 ms to be answered (compiling, a collection): it may have reached the platform late.
        await Task.Delay(300);
        var late = pacer.Done(first);

        await pacer.WaitForSlotAsync(SendLane.Outbox, CancellationToken.None);

        // The chat's next turn moves by all of it; the window by at most one slot (half a second at two a second).
        Assert.True(late >= TimeSpan.FromMilliseconds(290), $"{late}");
        Assert.True(Stopwatch.GetElapsedTime(first) >= TimeSpan.FromSeconds(1.28), $"{Stopwatch.GetElapsedTime(first)}");
    }

    private static async Task TakeAsync(SteadyPacer pacer, SendLane lane, string name, List<string> order)
    {
        await pacer.WaitForSlotAsync(lane, CancellationToken.None);
        lock (order) order.Add(name);
    }
}
