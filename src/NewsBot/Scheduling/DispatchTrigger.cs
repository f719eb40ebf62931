using NewsBot.Delivery;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Starts the dispatch job now instead of at its next tick, so the first message leaves as soon as deliveries are
/// planned. If dispatch is already running, Quartz queues the fire behind it (the job does not run concurrently).
/// </summary>
public sealed class DispatchTrigger(ISchedulerFactory schedulers, DispatchSignal runningDispatch) : IDispatchNow
{
    public async Task TriggerAsync(CancellationToken cancellationToken)
    {
        // A dispatch run already under way picks the new rows up at once; otherwise Quartz starts one.
        runningDispatch.Raise();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(DispatchJob.Key, cancellationToken);
    }
}
