using System.ComponentModel.DataAnnotations;
using NewsBot.Storage;

namespace NewsBot.Sources;

/// <summary>A source as written in appsettings.json; stored on start so admins can later add more at runtime.</summary>
public sealed class SourceDefinition
{
    [Required(ErrorMessage = "Every entry of Sources:Feeds needs a Name.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Every entry of Sources:Feeds needs a Url (the feed, or the site's address for WordPress).")]
    [Url(ErrorMessage = "Sources:Feeds:Url must be an absolute http(s) URL.")]
    public string Url { get; set; } = "";

    /// <summary>"Feed" (RSS, Atom, JSON Feed; the default) or "WordPress" (the site's REST API, given the site's address).</summary>
    [EnumDataType(typeof(SourceKind), ErrorMessage = "Sources:Feeds:Kind must be Feed or WordPress.")]
    public SourceKind Kind { get; set; } = SourceKind.Feed;

    /// <summary>Tags every article of this source gets, e.g. the regency's name.</summary>
    public string[] Tags { get; set; } = [];

    [Range(1, 86_400, ErrorMessage = "Sources:Feeds:PollIntervalSeconds must be between 1 and 86400 (be kind to small servers: 300 is usual).")]
    public int? PollIntervalSeconds { get; set; }
}
