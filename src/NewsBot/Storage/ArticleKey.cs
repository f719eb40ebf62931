using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Storage;

/// <summary>
/// The dedup key of a feed item: a hash of its normalised link (or GUID when there is no link), so that http/https,
/// a trailing slash, a fragment or utm_* tracking parameters do not make the same article look new.
/// </summary>
public static class ArticleKey
{
    public static string For(string? guid, Uri? link, string title)
    {
        var identity = link is not null ? NormalizeUrl(link)
            : !string.IsNullOrWhiteSpace(guid) ? "guid:" + guid.Trim()
            : "title:" + title.Trim().ToLowerInvariant();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    public static string NormalizeUrl(Uri url)
    {
        if (!url.IsAbsoluteUri) return url.OriginalString.Trim();
        var query = string.Join('&', url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTrackingParameter(pair))
            .Order(StringComparer.Ordinal));
        var host = url.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var path = url.AbsolutePath.TrimEnd('/');
        return $"{host}{(url.IsDefaultPort ? "" : ":" + url.Port)}{path}{(query.Length > 0 ? "?" + query : "")}";
    }

    private static bool IsTrackingParameter(string pair)
    {
        var name = pair.Split('=')[0].ToLowerInvariant();
        return name.StartsWith("utm_", StringComparison.Ordinal) || name is "fbclid" or "gclid" or "ref" or "amp";
    }
}
