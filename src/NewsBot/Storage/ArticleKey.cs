using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Storage;

/// <summary>
/// The dedup keys of a feed item. The main key hashes its normalised link (or GUID when there is no link), so that
/// http/https, www., a trailing slash, a fragment, an AMP variant or utm_* tracking parameters do not make the same
/// article look new. The GUID key catches the same article after its URL changed (a new permalink structure).
/// </summary>
public static class ArticleKey
{
    public static string For(string? guid, Uri? link, string title)
    {
        var identity = link is not null ? NormalizeUrl(link)
            : !string.IsNullOrWhiteSpace(guid) ? "guid:" + guid.Trim()
            : "title:" + title.Trim().ToLowerInvariant();
        return Hash(identity);
    }

    /// <summary>The hash of a GUID, or null when there is none; a GUID that is a URL is normalised like a link.</summary>
    public static string? ForGuid(string? guid)
    {
        if (string.IsNullOrWhiteSpace(guid)) return null;
        var trimmed = guid.Trim();
        return Hash(Uri.TryCreate(trimmed, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? NormalizeUrl(url)
            : "guid:" + trimmed);
    }

    public static string NormalizeUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri) return url.OriginalString.Trim();
        var query = string.Join('&', url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTrackingParameter(pair))
            .Order(StringComparer.Ordinal));
        var host = url.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        if (host.StartsWith("amp.", StringComparison.Ordinal)) host = host[4..];
        var path = WithoutAmp(url.AbsolutePath.TrimEnd('/'));
        return $"{host}{(url.IsDefaultPort ? "" : ":" + url.Port)}{path}{(query.Length > 0 ? "?" + query : "")}";
    }

    /// <summary>WordPress AMP plugins serve the same article at ".../slug/amp" and news CMSs at ".../slug.amp".</summary>
    private static string WithoutAmp(string path)
    {
        if (path.EndsWith("/amp", StringComparison.OrdinalIgnoreCase)) return path[..^4].TrimEnd('/');
        if (path.EndsWith(".amp", StringComparison.OrdinalIgnoreCase)) return path[..^4];
        return path.StartsWith("/amp/", StringComparison.OrdinalIgnoreCase) ? path[4..] : path;
    }

    private static bool IsTrackingParameter(string pair)
    {
        var name = pair.Split('=')[0].ToLowerInvariant();
        return name.StartsWith("utm_", StringComparison.Ordinal)
               || name is "fbclid" or "gclid" or "ref" or "amp" or "mc_cid" or "mc_eid" or "igshid" or "_ga";
    }

    private static string Hash(string identity) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)).AsSpan(0, 16));
}
