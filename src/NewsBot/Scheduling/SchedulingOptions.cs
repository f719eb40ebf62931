using System.ComponentModel.DataAnnotations;

namespace NewsBot.Scheduling;

public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>The Quartz scheduler's name; unique per process (tests run several apps side by side).</summary>
    [Required(ErrorMessage = "must be a name for the scheduler, e.g. newsbot.")]
    public string SchedulerName { get; set; } = "newsbot";

    /// <summary>How often to look for sources that are due (each source has its own interval).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00", ErrorMessage = "must be between 00:00:00.100 and 1.00:00:00.")]
    public TimeSpan SourceCheckInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often to look for deliveries that became due (retries, waits); new news triggers dispatch at once.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "must be between 00:00:00.100 and 01:00:00.")]
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often to look for daily digests whose hour has come; digest hours are whole minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "must be between 00:00:01 and 01:00:00.")]
    public TimeSpan DigestInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often new articles are added to the search index (a search also adds them before it runs).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan SearchIndexInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often finished records past their retention are deleted (see <c>Retention</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "must be between 00:00:01 and 7.00:00:00.")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// On PostgreSQL, how often each instance tells the others it is alive; an instance silent for twice this long is
    /// taken for dead and its jobs move to another. Keep it above the longest pause an instance may take (GC, a busy
    /// database), or a slow instance is taken for dead and its jobs run twice.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "must be between 00:00:01 and 00:10:00.")]
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);
}
