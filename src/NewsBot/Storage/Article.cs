using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace NewsBot.Storage;

/// <summary>One article of one source, stored once whatever the feed does with it later.</summary>
[Index(nameof(SourceId), nameof(GuidKey))]
public sealed class Article
{
    public long Id { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }

    /// <summary>Hash of the normalised GUID or URL: the dedup key, unique per source.</summary>
    public required string ItemKey { get; set; }

    /// <summary>Hash of the item's GUID: the same article is recognised after its URL changed.</summary>
    [MaxLength(64)]
    public string? GuidKey { get; set; }

    /// <summary>Hash of what the source says about the item (title, texts, update time): a change means an edit.</summary>
    [MaxLength(64)]
    public string? ContentHash { get; set; }

    /// <summary>When the source says the article was last edited.</summary>
    public DateTime? UpdatedUtc { get; set; }

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
