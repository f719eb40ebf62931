using System.Net;
using System.Net.Sockets;

namespace NewsBot.Fetching;

/// <summary>
/// The HTTP handler news sites are fetched with. Addresses are checked in the connect callback, on the address actually
/// connected to, so a redirect to an internal host or a DNS name that resolves to one is refused as well as a literal
/// private URL, and a name cannot resolve to something else between the check and the connection.
/// </summary>
public static class GuardedHandler
{
    public static SocketsHttpHandler Create(FetchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var allowedFor = options.AllowPrivateAddressesFor.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.MaxConnectionsPerHost,
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = options.MaxRedirects > 0,
            MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects),
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            // Through a proxy the connected address would be the proxy's, and the check would prove nothing.
            UseProxy = false,
            ConnectCallback = (context, token) =>
            {
                var endpoint = context.DnsEndPoint;
                var allowPrivate = options.AllowPrivateAddresses || allowedFor.Contains($"{endpoint.Host}:{endpoint.Port}");
                return ConnectAsync(endpoint, allowPrivate, token);
            },
        };
    }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        if (!allowPrivate)
        {
            // Any private answer refuses the host: with mixed answers the connection could land on either.
            foreach (var address in addresses)
            {
                if (AddressGuard.NonPublicKind(address) is { } kind)
                    throw new PrivateAddressRefusedException(endpoint.Host, endpoint.Port, address, kind);
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
