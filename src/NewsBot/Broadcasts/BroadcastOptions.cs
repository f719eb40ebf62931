using System.ComponentModel.DataAnnotations;

namespace NewsBot.Broadcasts;

/// <summary>How admins' broadcasts are confirmed, planned and reported; bound from the "Broadcasts" section.</summary>
public sealed class BroadcastOptions
{
    public const string SectionName = "Broadcasts";

    /// <summary>A preview older than this cannot be confirmed any more: the audience it showed may have changed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "must be between 00:00:01 and 7.00:00:00.")]
    public TimeSpan DraftLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Subscribers looked at per insert while planning; keeps each write short so sending starts at once.</summary>
    [Range(100, 100_000, ErrorMessage = "must be between 100 and 100000.")]
    public int PlanningBatchSize { get; set; } = 5_000;

    /// <summary>How often running broadcasts are checked for progress to report.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "must be between 00:00:00.010 and 01:00:00.")]
    public TimeSpan ProgressCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The least time between two progress reports of one broadcast; reports come at every 25% at most this often.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "must be between 00:00:00 and 1.00:00:00.")]
    public TimeSpan ProgressMinInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A long broadcast reports at least this often while it makes progress, even between two 25% steps.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan ProgressMaxSilence { get; set; } = TimeSpan.FromMinutes(5);
}
