using NewsBot.Sources;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Polls the sources whose own next-check time has come.</summary>
[DisallowConcurrentExecution]
public sealed class PollSourcesJob(DueSourcePoller poller) : IJob
{
    public static readonly JobKey Key = new("poll-due-sources");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await poller.PollDueAsync(cancellationToken);
}
