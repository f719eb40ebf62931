using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Storage.Search;
using Quartz;

namespace NewsBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz is the clock: thin jobs that each call one service. On SQLite (one instance) the jobs live in memory; on
    /// PostgreSQL they live in the database beside the data, clustered, so that each job runs on one instance at a
    /// time and moves to another when its instance dies. The intervals are read from the checked options when the
    /// scheduler is built, not while registering, so a bad one is reported with the other settings instead of
    /// throwing from the binder.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulingOptions>().BindSettings(configuration, SchedulingOptions.SectionName);
        services.AddOptions<QuartzSchedulerOptions>().Configure<IOptions<SchedulingOptions>>((scheduler, options) =>
        {
            scheduler.InstanceName = options.Value.SchedulerName;
            // On shutdown, cancel running jobs (a long broadcast) and wait for them to record what they sent.
            scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
        });
        var clustered = StorageOptions.ProviderIn(configuration) == StorageProvider.Postgres;
        if (clustered) services.AddSingleton<IDispatchNow, SenderWake>();
        else services.AddSingleton<IDispatchNow, DispatchTrigger>();
        services.AddQuartz(quartz =>
        {
            if (clustered) UseClusteredStore(quartz, configuration);
            Every<PollSourcesJob>(quartz, PollSourcesJob.TickKey.Name, PollSourcesJob.Key, o => o.SourceCheckInterval);
            // One instance: dispatch runs on a tick and on demand until nothing is due. Several: one sender runs all along.
            if (clustered) Every<SenderJob>(quartz, "send-deliveries-tick", SenderJob.Key, o => o.DispatchInterval);
            else Every<DispatchJob>(quartz, "dispatch-deliveries-tick", DispatchJob.Key, o => o.DispatchInterval);
            Every<DigestJob>(quartz, "assemble-digests-tick", DigestJob.Key, o => o.DigestInterval);
            Every<SearchIndexJob>(quartz, "index-articles-tick", SearchIndexJob.Key, o => o.SearchIndexInterval);
            Every<RetentionJob>(quartz, "delete-expired-records-tick", RetentionJob.Key, o => o.RetentionInterval);
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        return services;
    }

    private static void UseClusteredStore(IQuartzBuilder quartz, IConfiguration configuration)
    {
        var connectionString = configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}"] ?? "";
        var checkin = TimeSpan.TryParse(
            configuration[$"{SchedulingOptions.SectionName}:{nameof(SchedulingOptions.ClusterCheckinInterval)}"],
            System.Globalization.CultureInfo.InvariantCulture, out var configured) ? configured : new SchedulingOptions().ClusterCheckinInterval;
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(connectionString);
            store.UseSystemTextJsonSerializer();
            // The tables come from the app's own migration (Quartz's script), made before the scheduler starts.
            store.ConfigureStore(options => options.TablePrefix = QuartzTables.Prefix);
            // Each instance gets an id of its own in the cluster (host name and time), as clustering sets up by default.
            store.UseClustering(cluster =>
            {
                cluster.CheckinInterval = checkin;
                cluster.CheckinMisfireThreshold = checkin;
            });
        });
    }

    private static void Every<TJob>(IQuartzBuilder quartz, string trigger, JobKey job, Func<SchedulingOptions, TimeSpan> interval)
        where TJob : IJob =>
        quartz.ScheduleJob<TJob>(
            (provider, t) => t.WithIdentity(trigger).StartNow().WithSimpleSchedule(s =>
                s.WithInterval(interval(provider.GetRequiredService<IOptions<SchedulingOptions>>().Value)).RepeatForever()),
            (_, j) => j.WithIdentity(job));
}
