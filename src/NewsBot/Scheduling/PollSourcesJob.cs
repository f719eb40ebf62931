using NewsBot.Sources;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Polls the sources whose own next-check time has come. The regular tick (Scheduling:SourceCheckInterval) finds
/// sources added or resumed at any time; after each round the job also sets a wake-up for the next due source when that
/// comes before the next tick, so a source is polled at its own interval, not at the next multiple of the tick.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PollSourcesJob(DueSourcePoller poller, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("poll-due-sources");

    public static readonly TriggerKey TickKey = new("poll-due-sources-tick");

    private static readonly TriggerKey WakeKey = new("poll-due-sources-wake");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await poller.PollDueAsync(cancellationToken);
        // A source already due again waits for the tick, so a source whose poll cannot record its outcome never makes the job spin.
        if (await poller.NextDueInAsync(cancellationToken) is { } wait && wait > TimeSpan.Zero)
            await WakeAfterAsync(context.Scheduler, wait, cancellationToken);
    }

    /// <summary>
    /// Quartz runs on the app's clock (the container's TimeProvider), so the wake-up is set on that clock and built with
    /// it. A time taken from the machine's clock lies in the past as soon as the app's clock runs ahead (a test's fake
    /// clock moved by days); and a trigger built without the clock handles a misfire on the machine's clock, so its "fire
    /// now" still lies in the past for the store. Either way Quartz re-applied the misfire without end, allocating at
    /// every turn, until the process ran out of memory. One wake-up at most: each round replaces the previous one.
    /// </summary>
    private async ValueTask WakeAfterAsync(IScheduler scheduler, TimeSpan wait, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow() + wait;
        var tick = await scheduler.GetTrigger(TickKey, cancellationToken);
        if (tick?.NextFireTimeUtc is { } nextTick && nextTick <= at) return;
        var wake = TriggerBuilder.Create(time).WithIdentity(WakeKey).ForJob(Key).StartAt(at).Build();
        await scheduler.ScheduleJob(wake, ScheduleJobOptions.Replacing, cancellationToken);
    }
}
