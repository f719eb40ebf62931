namespace NewsBot.Storage;

/// <summary>
/// An article link of an HTML listing source whose page could not be read yet: how often it failed, why, and whether it
/// was given up. A link that is read in the end is stored as an article and its row removed.
/// </summary>
public sealed class PageAttempt
{
    public long Id { get; set; }
    public int SourceId { get; set; }

    /// <summary>The same key the article will be stored under, so a page read later finds its row.</summary>
    public required string ItemKey { get; set; }

    public required string Url { get; set; }

    public int Failures { get; set; }
    public string? LastError { get; set; }
    public DateTime LastFailedUtc { get; set; }

    /// <summary>Set once the attempts are spent: the link is no longer fetched.</summary>
    public DateTime? GaveUpUtc { get; set; }

    /// <summary>
    /// The link was on the listing while its back catalogue was being taken: when its page is read later, it is stored as
    /// back catalogue too, not sent as news.
    /// </summary>
    public bool FromBackCatalogue { get; set; }
}
