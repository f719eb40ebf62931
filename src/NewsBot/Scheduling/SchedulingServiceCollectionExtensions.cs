using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Delivery.Digests;
using NewsBot.Storage.Search;
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
        services.AddSingleton<DigestAssembler>();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(s =>
            {
                s.InstanceName = options.SchedulerName;
                // On shutdown, cancel running jobs (a long broadcast) and wait for them to record what they sent.
                s.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            });
            quartz.ScheduleJob<PollSourcesJob>(
                trigger => trigger.WithIdentity(PollSourcesJob.TickKey).StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(options.SourceCheckInterval).RepeatForever()),
                job => job.WithIdentity(PollSourcesJob.Key));
            quartz.ScheduleJob<DispatchJob>(
                trigger => trigger.WithIdentity("dispatch-deliveries-tick").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(options.DispatchInterval).RepeatForever()),
                job => job.WithIdentity(DispatchJob.Key));
            quartz.ScheduleJob<DigestJob>(
                trigger => trigger.WithIdentity("assemble-digests-tick").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(options.DigestInterval).RepeatForever()),
                job => job.WithIdentity(DigestJob.Key));
            quartz.ScheduleJob<SearchIndexJob>(
                trigger => trigger.WithIdentity("index-articles-tick").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(options.SearchIndexInterval).RepeatForever()),
                job => job.WithIdentity(SearchIndexJob.Key));
            quartz.ScheduleJob<RetentionJob>(
                trigger => trigger.WithIdentity("delete-expired-records-tick").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(options.RetentionInterval).RepeatForever()),
                job => job.WithIdentity(RetentionJob.Key));
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        return services;
    }
}
