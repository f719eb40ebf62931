namespace NewsBot.Scheduling;

public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>The Quartz scheduler's name; unique per process (tests run several apps side by side).</summary>
    public string SchedulerName { get; set; } = "newsbot";

    /// <summary>How often to look for sources that are due (each source has its own interval).</summary>
    public TimeSpan SourceCheckInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often to look for deliveries that became due (retries, waits); new news triggers dispatch at once.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(2);
}
