using System.Net;
using NewsBot.Fetching;

namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>
/// The checks an admin-given address passes before anything is fetched: absolute http(s), and not a loopback,
/// link-local or private address written as such (names that resolve to one are refused by the fetcher on connect).
/// </summary>
public static class SourceUrlCheck
{
    private static readonly Localized NotAUrl = new(
        "\"{0}\" bukan alamat web lengkap. Tulis dengan http:// atau https://, contoh: /tambahsumber https://demakkab.go.id/feed",
        "\"{0}\" is not a full web address. Write it with http:// or https://, e.g. /addsource https://demakkab.go.id/feed");

    private static readonly Localized PrivateAddress = new(
        "Alamat {0} adalah alamat {1}, bukan internet publik; demi keamanan ditolak. (Pengelola server dapat mengizinkannya dengan Fetching:AllowPrivateAddresses.)",
        "The address {0} is a {1} address, not the public internet; it is refused for safety. (The server's operator can allow it with Fetching:AllowPrivateAddresses.)");

    /// <summary>The parsed address, or null and the answer that explains the refusal.</summary>
    public static (Uri? Url, string? Problem) Check(string text, FetchingOptions options, string language)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(url.Host))
        {
            return (null, string.Format(System.Globalization.CultureInfo.InvariantCulture, NotAUrl.In(language), AdminFormat.Cut(text, 80)));
        }

        if (options.AllowPrivateAddresses || options.AllowPrivateAddressesFor.Contains($"{url.IdnHost}:{url.Port}", StringComparer.OrdinalIgnoreCase))
            return (url, null);

        var kind = url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var address)
            ? AddressGuard.NonPublicKind(address)
            : IsLocalName(url.IdnHost) ? "loopback" : null;
        return kind is null
            ? (url, null)
            : (null, string.Format(System.Globalization.CultureInfo.InvariantCulture, PrivateAddress.In(language), url.Host, kind));
    }

    private static bool IsLocalName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
}
