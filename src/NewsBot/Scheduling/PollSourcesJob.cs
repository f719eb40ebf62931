using NewsBot.Sources;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Polls the sources whose own next-check time has come. The regular tick (Scheduling:SourceCheckInterval) finds
/// sources added or resumed at any time; after each round the job also sets a wake-up for the next due source when that
/// comes before the next tick, so a source is polled at its own interval, not at the next multiple of the tick.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PollSourcesJob(DueSourcePoller poller) : IJob
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
    /// The wait is measured on the app's clock and the wake-up set on Quartz's, so the two need not agree on the time
    /// of day. One wake-up at most: each round replaces the previous one.
    /// </summary>
    private static async ValueTask WakeAfterAsync(IScheduler scheduler, TimeSpan wait, CancellationToken cancellationToken)
    {
        var at = DateTimeOffset.UtcNow + wait;
        var tick = await scheduler.GetTrigger(TickKey, cancellationToken);
        if (tick?.NextFireTimeUtc is { } nextTick && nextTick <= at) return;
        var wake = TriggerBuilder.Create().WithIdentity(WakeKey).ForJob(Key).StartAt(at).Build();
        await scheduler.ScheduleJob(wake, ScheduleJobOptions.Replacing, cancellationToken);
    }
}
