using NewsBot.Delivery;
using NewsBot.Delivery.Digests;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Assembles the digests whose hour has come and starts dispatch for them at once.</summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(DigestAssembler assembler, IDispatchNow dispatch) : IJob
{
    public static readonly JobKey Key = new("assemble-digests");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (await assembler.AssembleDueAsync(cancellationToken) > 0) await dispatch.TriggerAsync(cancellationToken);
    }
}
