using System.Text.RegularExpressions;

namespace NewsBot.Extraction;

/// <summary>
/// Head titles end with the site's name ("... - Kompas.com Regional", "... | Republika Online"); the article's title is
/// what comes before it. A last segment is a site name when it names the page's host, the og:site_name, or a domain.
/// </summary>
internal static partial class SiteNameSuffix
{
    /// <summary>Site names are short; a longer last segment is more likely part of the headline.</summary>
    private const int MaxSiteNameWords = 4;

    /// <summary>Host labels shorter than this ("co", "id", "www") say nothing about the site.</summary>
    private const int MinHostLabel = 4;

    public static string? Strip(string? title, Uri pageUrl, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(title)) return title;
        var match = LastSegment().Match(title);
        if (!match.Success) return title;
        var head = match.Groups["head"].Value.Trim();
        var suffix = match.Groups["suffix"].Value.Trim();
        if (suffix.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSiteNameWords || head.Length == 0) return title;
        return IsSiteName(suffix, pageUrl, siteName) ? head : title;
    }

    private static bool IsSiteName(string suffix, Uri pageUrl, string? siteName)
    {
        if (siteName is { Length: > 0 } && suffix.Equals(siteName.Trim(), StringComparison.OrdinalIgnoreCase)) return true;
        if (DomainName().IsMatch(suffix)) return true;
        var squeezed = new string(suffix.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        return pageUrl.Host.Split('.').Any(label => label.Length >= MinHostLabel && squeezed.Contains(label, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"^(?<head>.+)\s(?:-|\||–|—|::)\s(?<suffix>[^|–—]+?)\s*$")]
    private static partial Regex LastSegment();

    [GeneratedRegex(@"\b[\w-]+\.(?:com|net|org|co\.id|or\.id|go\.id|id)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DomainName();
}
