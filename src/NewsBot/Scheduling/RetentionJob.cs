using NewsBot.Storage;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Deletes finished records past their retention, so the database stops growing with every broadcast.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(DataRetention retention) : IJob
{
    public static readonly JobKey Key = new("delete-expired-records");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await retention.PruneAsync(cancellationToken);
}
