using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace NewsBot.Fetching;

/// <summary>How NewsBot talks to news sites; bound from the "Fetching" section.</summary>
public sealed partial class FetchingOptions : IValidatableObject
{
    public const string SectionName = "Fetching";

    /// <summary>Largest body accepted, counted after decompression so a gzip bomb cannot slip past.</summary>
    [Range(typeof(long), "1", "1073741824", ErrorMessage = "must be between 1 and 1073741824 (bytes).")]
    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Total time for one fetch, headers and body together.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00", ErrorMessage = "must be between 00:00:00.001 and 00:10:00.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sent in every request header, so only printable ASCII.</summary>
    [Required(ErrorMessage = "must be a non-empty ASCII string.")]
    [RegularExpression("^[ -~]+$", ErrorMessage = "must be a non-empty ASCII string.")]
    public string UserAgent { get; set; } = "NewsBot/1.0 (+https://github.com/newsbot; news for citizens)";

    /// <summary>Small government servers fall over under parallel crawlers; one or two connections is polite.</summary>
    [Range(1, 16, ErrorMessage = "must be between 1 and 16.")]
    public int MaxConnectionsPerHost { get; set; } = 2;

    [Range(0, 20, ErrorMessage = "must be between 0 and 20.")]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Off by default: an admin-added URL on loopback, link-local or a private network could read internal services.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>"host:port" pairs that may resolve to private addresses, e.g. an intranet news server.</summary>
    public List<string> AllowPrivateAddressesFor { get; set; } = [];

    /// <summary>An entry the guard could never match is a mistake to say now, not a fetch refused later.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        AllowPrivateAddressesFor
            .Select((entry, index) => (entry, index))
            .Where(e => !HostAndPort().IsMatch(e.entry ?? ""))
            .Select(e => new ValidationResult("must be a host and port such as intranet.demakkab.go.id:443 or 10.0.0.5:8080.",
                [$"{nameof(AllowPrivateAddressesFor)}:{e.index}"]));

    [GeneratedRegex(@"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$")]
    private static partial Regex HostAndPort();
}
