namespace NewsBot.Fetching;

/// <summary>How NewsBot talks to news sites; bound from the "Fetching" section.</summary>
public sealed class FetchingOptions
{
    public const string SectionName = "Fetching";

    /// <summary>Largest body accepted, counted after decompression so a gzip bomb cannot slip past.</summary>
    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Total time for one fetch, headers and body together.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public string UserAgent { get; set; } = "NewsBot/1.0 (+https://github.com/newsbot; news for citizens)";

    /// <summary>Small government servers fall over under parallel crawlers; one or two connections is polite.</summary>
    public int MaxConnectionsPerHost { get; set; } = 2;

    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Off by default: an admin-added URL on loopback, link-local or a private network could read internal services.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>"host:port" pairs that may resolve to private addresses, e.g. an intranet news server.</summary>
    public List<string> AllowPrivateAddressesFor { get; set; } = [];
}
