namespace NewsBot.Storage;

/// <summary>A website NewsBot watches, with its own schedule and health.</summary>
public sealed class Source
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Url { get; set; }
    public SourceKind Kind { get; set; } = SourceKind.Feed;

    /// <summary>Tags given to every article of this source (slugs), on top of the feed's own categories.</summary>
    public string DefaultTags { get; set; } = "";

    /// <summary>HTML listing sources: CSS selector of the article links on the listing page; null to find them automatically.</summary>
    public string? LinkSelector { get; set; }

    /// <summary>HTML listing sources: CSS selector of the article body on its page; null to find it automatically.</summary>
    public string? ContentSelector { get; set; }

    public int PollIntervalSeconds { get; set; } = 300;
    public bool IsEnabled { get; set; } = true;
    public DateTime NextCheckUtc { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>False until the first successful poll, whose items are stored as the back catalogue and not sent.</summary>
    public bool BaselineTaken { get; set; }

    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    public DateTime? LastSuccessUtc { get; set; }
    public DateTime? LastErrorUtc { get; set; }

    /// <summary>The technical account of the last problem, in English, as logged; admins are shown the kind instead.</summary>
    public string? LastError { get; set; }

    /// <summary>What the last problem was, worded for admins in their language (null for rows older than the kinds).</summary>
    public Fetching.FetchProblemKind? LastErrorKind { get; set; }

    /// <summary>The HTTP status of the last problem, when the server answered with one.</summary>
    public int? LastErrorStatus { get; set; }
    public int ConsecutiveFailures { get; set; }
}
