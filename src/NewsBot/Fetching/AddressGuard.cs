using System.Net;
using System.Net.Sockets;

namespace NewsBot.Fetching;

/// <summary>
/// Names the kind of a non-public address, so that an admin-added URL cannot make NewsBot read the machine it runs on,
/// its cloud metadata service (169.254.169.254) or the office network behind it.
/// </summary>
public static class AddressGuard
{
    /// <summary>"loopback", "link-local", "private", "unspecified" or "multicast"; null for a public address.</summary>
    public static string? NonPublicKind(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => Ipv4Kind(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => Ipv6Kind(address),
            // Neither family can be connected to over TCP here; refuse rather than guess.
            _ => "unsupported",
        };
    }

    private static string? Ipv4Kind(byte[] b) => b switch
    {
        [127, ..] => "loopback",
        [0, ..] => "unspecified",
        [169, 254, ..] => "link-local",
        [10, ..] => "private",
        [172, >= 16 and <= 31, ..] => "private",
        [192, 168, ..] => "private",
        // Carrier-grade NAT space is as internal as 10/8 from the point of view of the provider's customers.
        [100, >= 64 and <= 127, ..] => "private",
        [>= 224 and <= 239, ..] => "multicast",
        [255, 255, 255, 255] => "broadcast",
        _ => null,
    };

    private static string? Ipv6Kind(IPAddress address)
    {
        if (IPAddress.IPv6Loopback.Equals(address)) return "loopback";
        if (IPAddress.IPv6Any.Equals(address)) return "unspecified";
        if (address.IsIPv6LinkLocal) return "link-local";
        if (address.IsIPv6UniqueLocal || address.IsIPv6SiteLocal) return "private";
        if (address.IsIPv6Multicast) return "multicast";
        return null;
    }
}
