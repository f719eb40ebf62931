namespace NewsBot.Storage;

/// <summary>One article of one source, stored once whatever the feed does with it later.</summary>
public sealed class Article
{
    public long Id { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }

    /// <summary>Hash of the normalised GUID or URL: the dedup key, unique per source.</summary>
    public required string ItemKey { get; set; }

    public required string Url { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public string? ImageUrl { get; set; }
    public DateTime PublishedUtc { get; set; }
    public DateTime FirstSeenUtc { get; set; }

    /// <summary>Part of the back catalogue seen on the source's first poll: stored for /terbaru, never broadcast.</summary>
    public bool IsBaseline { get; set; }

    public List<ArticleTag> Tags { get; set; } = [];
}
