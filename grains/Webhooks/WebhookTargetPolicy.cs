using System.Net;
using System.Net.Sockets;

namespace CoSell.Grains.Webhooks;

/// <summary>
/// Where webhooks may send (SSRF defence): only public unicast addresses — never loopback, private
/// (RFC 1918, unique-local), carrier-grade NAT, link-local (which holds the cloud metadata endpoint
/// 169.254.169.254), multicast, unspecified or reserved ranges, also when written as IPv4-mapped or NAT64 IPv6.
/// Registration checks what the host resolves to now; the sender checks again at connect time, so a DNS answer
/// that changes afterwards (rebinding) cannot reach the inside either.
/// </summary>
public static class WebhookTargetPolicy
{
    private static readonly (IPAddress Network, int Prefix)[] Blocked =
    [
        (IPAddress.Parse("0.0.0.0"), 8), (IPAddress.Parse("10.0.0.0"), 8), (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8), (IPAddress.Parse("169.254.0.0"), 16), (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24), (IPAddress.Parse("192.0.2.0"), 24), (IPAddress.Parse("192.168.0.0"), 16),
        (IPAddress.Parse("198.18.0.0"), 15), (IPAddress.Parse("198.51.100.0"), 24), (IPAddress.Parse("203.0.113.0"), 24),
        (IPAddress.Parse("224.0.0.0"), 4), (IPAddress.Parse("240.0.0.0"), 4),
        (IPAddress.Parse("::"), 128), (IPAddress.Parse("::1"), 128), (IPAddress.Parse("fc00::"), 7), (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10), (IPAddress.Parse("ff00::"), 8), (IPAddress.Parse("2001:db8::"), 32),
    ];

    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::");

    /// <summary>Whether a webhook may connect to <paramref name="address"/>.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        else if (address.AddressFamily == AddressFamily.InterNetworkV6 && InPrefix(address, Nat64, 96))
        {
            address = new IPAddress(address.GetAddressBytes()[12..]);
        }

        return !Blocked.Any(b => b.Network.AddressFamily == address.AddressFamily && InPrefix(address, b.Network, b.Prefix));
    }

    /// <summary>
    /// The registration check: https unless private networks are allowed (development), and a host that resolves only
    /// to public addresses. Throws <see cref="CoSellException"/> naming <c>url</c>.
    /// </summary>
    public static async Task EnsureAllowedAsync(Uri url, bool allowPrivateNetworks, CancellationToken cancellation = default)
    {
        if (allowPrivateNetworks)
        {
            return;
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            throw CoSellException.Validation("url", "url must use https (R36); plain http is only for local development (CoSell:Webhooks:AllowPrivateNetworks).");
        }

        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(url.DnsSafeHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(url.DnsSafeHost, cancellation);
        }
        catch (SocketException)
        {
            throw CoSellException.Validation("url", $"The host '{url.Host}' does not resolve.");
        }

        if (addresses.Length == 0 || addresses.Any(a => !IsPublic(a)))
        {
            throw CoSellException.Validation("url",
                $"The host '{url.Host}' resolves to a loopback, private, link-local or otherwise internal address; webhooks go to public addresses only.");
        }
    }

    /// <summary>
    /// A connect callback for <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host and connects only to
    /// a public address, so the check holds at the moment of connecting.
    /// </summary>
    public static async ValueTask<Stream> ConnectPublicAsync(SocketsHttpConnectionContext context, CancellationToken cancellation)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellation);
        var allowed = addresses.Where(IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"Webhook host '{host}' resolves to no public address; refusing to connect.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellation);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool InPrefix(IPAddress address, IPAddress network, int prefix)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        if (a.Length != n.Length)
        {
            return false;
        }

        var whole = prefix / 8;
        for (var i = 0; i < whole; i++)
        {
            if (a[i] != n[i])
            {
                return false;
            }
        }

        var rest = prefix % 8;
        return rest == 0 || (a[whole] >> (8 - rest)) == (n[whole] >> (8 - rest));
    }
}
