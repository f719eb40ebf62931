using System.ComponentModel.DataAnnotations;

namespace NewsBot.Sources;

public sealed class SourcesOptions
{
    public const string SectionName = "Sources";

    public List<SourceDefinition> Feeds { get; set; } = [];

    /// <summary>How often a source is polled unless it says otherwise. Small government servers deserve patience.</summary>
    [Range(30, 86_400, ErrorMessage = "must be between 30 and 86400.")]
    public int DefaultPollIntervalSeconds { get; set; } = 300;

    /// <summary>Only the newest items of one poll are looked at; a feed of thousands is not a reason to do thousands of things.</summary>
    [Range(1, 1_000, ErrorMessage = "must be between 1 and 1000.")]
    public int MaxItemsPerPoll { get; set; } = 50;

    /// <summary>
    /// After the first poll, an unknown item published before the source's last success less this grace is stored as
    /// back catalogue, not sent: a source back from an outage, or a feed that brings old items back, sends no burst.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00", ErrorMessage = "must be between 00:00:00 and 365.00:00:00.")]
    public TimeSpan OldItemGrace { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The longest wait between polls of a failing source, and between attempts at a failing article page.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "must be between 00:00:01 and 7.00:00:00.")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// HTML listing sources: new article pages fetched in one poll at most. The rest wait for the next poll, so adding a
    /// listing of fifty articles costs the site a few requests every interval rather than fifty at once.
    /// </summary>
    [Range(1, 100, ErrorMessage = "must be between 1 and 100.")]
    public int MaxPagesPerPoll { get; set; } = 10;

    /// <summary>
    /// HTML listing sources: attempts at one article page before its link is given up and no longer fetched. A page
    /// deleted or broken for good would otherwise be requested every poll, for as long as the listing shows it. The
    /// attempts are spaced like a failing source's polls (the poll interval, doubling, capped at MaxBackoff): five
    /// span about an hour at a five-minute interval.
    /// </summary>
    [Range(1, 100, ErrorMessage = "must be between 1 and 100.")]
    public int MaxPageAttempts { get; set; } = 5;

    /// <summary>
    /// Failed polls in a row after which the admins are alerted in chat, once per streak. Backoff doubles the wait after
    /// each failure, so five failures at a five-minute interval mean the site has been unreadable for about 75 minutes.
    /// </summary>
    [Range(1, 1_000, ErrorMessage = "must be between 1 and 1000.")]
    public int AlertAfterFailures { get; set; } = 5;

    /// <summary>Sources fetched at the same time; one slow source then does not hold up the others.</summary>
    [Range(1, 64, ErrorMessage = "must be between 1 and 64.")]
    public int MaxConcurrentPolls { get; set; } = 4;
}
