using System.Net;
using CoSell.Client.Identity;
using Microsoft.Extensions.Configuration;

namespace CoSell.Gateway.Auth;

/// <summary>
/// No accidental open door: the well-known development signing key (public in this repository) is accepted only
/// while the gateway listens on loopback. Bound to any other address, the gateway needs an authority
/// (<c>CoSell:Auth:Authority</c>) or a development key of its own (<c>CoSell:Auth:DevelopmentKey</c>), or it refuses
/// to start and says why.
/// </summary>
public static class DevelopmentKeyGuard
{
    public static void EnsureSafe(IConfiguration configuration, AuthSettings auth)
    {
        if (!auth.UsesDevelopmentTokens || (!string.IsNullOrEmpty(auth.DevelopmentKey) && auth.DevelopmentKey != DevelopmentTokens.DefaultKey))
        {
            return;
        }

        var exposed = ListenUrls(configuration).Where(url => !IsLoopback(url)).ToArray();
        if (exposed.Length > 0)
        {
            throw new InvalidOperationException(
                $"The gateway would listen on {string.Join(", ", exposed)} while accepting tokens signed with the public development key. " +
                "Set CoSell:Auth:Authority (an OpenID Connect issuer) or CoSell:Auth:DevelopmentKey (a long random secret), " +
                "or listen on loopback only (e.g. --Urls http://127.0.0.1:5080).");
        }
    }

    /// <summary>Where the host will listen: <c>urls</c> (also ASPNETCORE_URLS, --Urls), <c>http_ports</c>/<c>https_ports</c> and Kestrel endpoints.</summary>
    public static IEnumerable<string> ListenUrls(IConfiguration configuration)
    {
        foreach (var url in (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return url;
        }

        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            if (!string.IsNullOrWhiteSpace(configuration[key]))
            {
                // Ports alone bind every interface.
                yield return $"http://*:{configuration[key]}";
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                yield return url;
            }
        }
    }

    public static bool IsLoopback(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var host = rest.StartsWith('[') ? rest[1..rest.IndexOf(']')] : rest.Split(':', '/')[0];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
