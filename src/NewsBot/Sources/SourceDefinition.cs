using System.ComponentModel.DataAnnotations;
using NewsBot.Configuration;
using NewsBot.Extraction;
using NewsBot.Storage;

namespace NewsBot.Sources;

/// <summary>A source as written in appsettings.json; stored on start so admins can later add more at runtime.</summary>
public sealed class SourceDefinition : IValidatableObject
{
    [Required(ErrorMessage = "must be the source's name as admins and citizens see it; every source needs one.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "must be the feed's address (the site's address for WordPress); every source needs one.")]
    [HttpUrl]
    public string Url { get; set; } = "";

    /// <summary>
    /// "Feed" (RSS, Atom, JSON Feed; the default), "WordPress" (the site's REST API, given the site's address) or
    /// "HtmlListing" (a page listing the latest articles, whose links are followed).
    /// </summary>
    // Broadcast is the admins' own built-in source, never one to poll.
    [AllowedValues(SourceKind.Feed, SourceKind.WordPress, SourceKind.HtmlListing, ErrorMessage = "must be Feed, WordPress or HtmlListing.")]
    public SourceKind Kind { get; set; } = SourceKind.Feed;

    /// <summary>Tags every article of this source gets, e.g. the regency's name.</summary>
    public string[] Tags { get; set; } = [];

    /// <summary>HtmlListing only: CSS selector of the article links on the listing page (e.g. "h2.entry-title a"); found automatically when empty.</summary>
    [MaxLength(500, ErrorMessage = "must be at most 500 characters.")]
    public string? LinkSelector { get; set; }

    /// <summary>HtmlListing only: CSS selector of the article body on its page (e.g. "div.entry-content"); found automatically when empty.</summary>
    [MaxLength(500, ErrorMessage = "must be at most 500 characters.")]
    public string? ContentSelector { get; set; }

    [Range(1, 86_400, ErrorMessage = "must be between 1 and 86400 (be kind to small servers: 300 is usual).")]
    public int? PollIntervalSeconds { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (setting, selector) in new[] { (nameof(LinkSelector), LinkSelector), (nameof(ContentSelector), ContentSelector) })
        {
            if (!CssSelectorCheck.IsValid(selector))
            {
                yield return new ValidationResult(
                    $"is not a valid CSS selector (source '{Name}'); fix it or remove it to let NewsBot find the {(setting == nameof(LinkSelector) ? "links" : "article body")} itself.",
                    [setting]);
            }
        }

        if (Kind != SourceKind.HtmlListing && (LinkSelector is not null || ContentSelector is not null))
        {
            yield return new ValidationResult(
                $"must be HtmlListing when the source has a LinkSelector or ContentSelector (source '{Name}'); selectors only apply to listing pages.",
                [nameof(Kind)]);
        }
    }
}
