using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Delivery;
using NewsBot.Storage.Search;
using Quartz;

namespace NewsBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz is the clock: thin jobs that each call one service, on an in-memory store (SQLite is one node). The
    /// intervals are read from the checked options when the scheduler is built, not while registering, so a bad one
    /// is reported with the other settings instead of throwing from the binder.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulingOptions>().BindSettings(configuration, SchedulingOptions.SectionName);
        services.AddSingleton<IDispatchNow, DispatchTrigger>();
        services.AddOptions<QuartzSchedulerOptions>().Configure<IOptions<SchedulingOptions>>((scheduler, options) =>
        {
            scheduler.InstanceName = options.Value.SchedulerName;
            // On shutdown, cancel running jobs (a long broadcast) and wait for them to record what they sent.
            scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
        });
        services.AddQuartz(quartz =>
        {
            Every<PollSourcesJob>(quartz, PollSourcesJob.TickKey.Name, PollSourcesJob.Key, o => o.SourceCheckInterval);
            Every<DispatchJob>(quartz, "dispatch-deliveries-tick", DispatchJob.Key, o => o.DispatchInterval);
            Every<DigestJob>(quartz, "assemble-digests-tick", DigestJob.Key, o => o.DigestInterval);
            Every<SearchIndexJob>(quartz, "index-articles-tick", SearchIndexJob.Key, o => o.SearchIndexInterval);
            Every<RetentionJob>(quartz, "delete-expired-records-tick", RetentionJob.Key, o => o.RetentionInterval);
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        return services;
    }

    private static void Every<TJob>(IQuartzBuilder quartz, string trigger, JobKey job, Func<SchedulingOptions, TimeSpan> interval)
        where TJob : IJob =>
        quartz.ScheduleJob<TJob>(
            (provider, t) => t.WithIdentity(trigger).StartNow().WithSimpleSchedule(s =>
                s.WithInterval(interval(provider.GetRequiredService<IOptions<SchedulingOptions>>().Value)).RepeatForever()),
            (_, j) => j.WithIdentity(job));
}
