using System.Net;

namespace NewsBot.Fetching;

/// <summary>Thrown while connecting when the host of a request resolves to an address NewsBot must not reach.</summary>
public sealed class PrivateAddressRefusedException(string host, int port, IPAddress address, string kind)
    : IOException(
        $"{host} resolves to a private address ({address}, {kind}); set {FetchingOptions.SectionName}:AllowPrivateAddresses=true " +
        $"to allow it, or add \"{host}:{port}\" to {FetchingOptions.SectionName}:AllowPrivateAddressesFor")
{
    public string Host { get; } = host;

    public IPAddress Address { get; } = address;
}
