using Microsoft.Extensions.Options;
using NewsBot.Delivery;
using NewsBot.Storage;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// With several instances (PostgreSQL), the one sender: the instance running this job sends for every account, and
/// keeps running it for as long as it lives, so Telegram's and WhatsApp's per-account limits are kept by one pacer
/// that remembers every chat's last message. The limit is the platform's, not the CPU's: a second sender would only
/// split the same 30 messages a second and lose the per-chat memory.
/// </summary>
/// <remarks>
/// Quartz's clustered store is the lease: a job that may not run concurrently runs on one instance of the cluster at
/// a time, that instance checks in every Scheduling:ClusterCheckinInterval, and when it stops checking in its job is
/// released and the next tick starts it on another instance. No other instance was sending meanwhile, so rows still
/// marked as being sent belong to the one that stopped: they go back to the outbox when the job starts (those it had
/// sent but not yet recorded are sent again, the same bound on duplicates as after a crash of one instance).
/// </remarks>
[DisallowConcurrentExecution]
public sealed partial class SenderJob(
    DeliveryDispatcher dispatcher,
    OutboxClaims claims,
    DispatchSignal signal,
    SenderRole role,
    IOptions<SchedulingOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<SenderJob> logger) : IJob
{
    public static readonly JobKey Key = new("send-deliveries");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken jobCancellation = default)
    {
        // Quartz cancels its running jobs on shutdown, but missed this one when it fired in the same instant (an app
        // stopped within a second of starting): it then ran on until the host gave up waiting, 30 s later, and failed on
        // the disposed services. The app's own stopping signal ends it as well.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(jobCancellation, lifetime.ApplicationStopping);
        var cancellationToken = stopping.Token;
        // A database that restarts while this runs is waited out here, so the lease is kept and sending resumes on
        // this instance: Quartz's own store rides out the same outage and keeps the job where it is.
        var outage = new DatabaseOutageWait("the sender", logger);
        try
        {
            int released;
            while (true)
            {
                try
                {
                    released = await claims.ReleaseAllClaimsAsync(cancellationToken);
                    break;
                }
                catch (Exception error) when (DatabaseOutage.IsOutage(error))
                {
                    await outage.WaitAsync(error, cancellationToken);
                }
            }

            LogSending(logger, context.Scheduler.SchedulerInstanceId, released);
            // While this runs, this instance also reads Telegram's updates (see SenderRole).
            using var sending = role.Take();
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await dispatcher.DispatchDueAsync(cancellationToken);
                    outage.Succeeded();
                }
                catch (Exception error) when (DatabaseOutage.IsOutage(error))
                {
                    await outage.WaitAsync(error, cancellationToken);
                    continue;
                }

                // New rows planned on this instance wake it at once; rows planned on another are found by the next look.
                await signal.WaitAsync(options.Value.DispatchInterval, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: another instance takes over at its next tick.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "This instance ({InstanceId}) now sends for every account; {Released} deliveries a previous sender held went back to the outbox")]
    private static partial void LogSending(ILogger logger, string instanceId, int released);
}
