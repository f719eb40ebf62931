using Quartz;

namespace NewsBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>Quartz is the clock: thin jobs that each call one service, on an in-memory store (SQLite is one node).</summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new SchedulingOptions();
        configuration.GetSection(SchedulingOptions.SectionName).Bind(options);

        services.AddSingleton<DispatchTrigger>();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(s =>
            {
                s.InstanceName = options.SchedulerName;
                // On shutdown, cancel running jobs (a long broadcast) and wait for them to record what they sent.
                s.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            });
            quartz.ScheduleJob<PollSourcesJob>(
                trigger => trigger.WithIdentity("poll-due-sources-tick").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(options.SourceCheckInterval).RepeatForever()),
                job => job.WithIdentity(PollSourcesJob.Key));
            quartz.ScheduleJob<DispatchJob>(
                trigger => trigger.WithIdentity("dispatch-deliveries-tick").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(options.DispatchInterval).RepeatForever()),
                job => job.WithIdentity(DispatchJob.Key));
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        return services;
    }
}
