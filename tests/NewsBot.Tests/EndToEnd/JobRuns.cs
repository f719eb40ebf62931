using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// Watches the runs of one Quartz job of a running bot. A test that must show a job left something alone (a paused
/// source, a held outbox row) waits for a run that began after the moment that matters to finish: that run saw the
/// state the test set up, and what it would have done is done. Our jobs never run concurrently, so once such a run has
/// finished every earlier run has finished too.
/// </summary>
public sealed class JobRuns : IJobListener
{
    private readonly ConcurrentDictionary<string, DateTime> started = new();
    private readonly ConcurrentQueue<DateTime> finishedStarts = new();

    private JobRuns()
    {
    }

    // Unique, so that two watchers of one scheduler do not replace each other.
    public string Name { get; } = "job-runs-" + Guid.NewGuid().ToString("N");

    public static async Task<JobRuns> WatchAsync(IServiceProvider services, JobKey job)
    {
        var runs = new JobRuns();
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        scheduler.ListenerManager.AddJobListener(runs, [Matchers.Key(job)]);
        return runs;
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        started[context.FireInstanceId] = DateTime.UtcNow;
        return ValueTask.CompletedTask;
    }

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        // A run already under way when watching began has no start time here; it began too early to count anyway.
        if (started.TryRemove(context.FireInstanceId, out var at)) finishedStarts.Enqueue(at);
        return ValueTask.CompletedTask;
    }

    /// <summary>Waits until a run that began after <paramref name="utc"/> (machine clock) has finished.</summary>
    public async Task WaitForRunStartedAfterAsync(DateTime utc, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!finishedStarts.Any(at => at > utc))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out after {timeout.TotalSeconds} s waiting for: {what}");
            await Task.Delay(20);
        }
    }

    /// <summary>Waits until a run that begins after this call has finished.</summary>
    public Task WaitForNextRunAsync(TimeSpan timeout, string what) => WaitForRunStartedAfterAsync(DateTime.UtcNow, timeout, what);
}
