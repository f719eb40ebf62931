using NewsBot.Delivery;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Sends the outbox rows that are due. Fired on a short tick (for retries) and on demand after planning.</summary>
[DisallowConcurrentExecution]
public sealed class DispatchJob(DeliveryDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("dispatch-deliveries");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await dispatcher.DispatchDueAsync(cancellationToken);
}
