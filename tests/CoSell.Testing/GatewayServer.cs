using Microsoft.Extensions.Configuration;
using System.Net.Http.Headers;
using CoSell.Client.Identity;
using CoSell.Gateway.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoSell.Testing;

/// <summary>The REST gateway in an in-process test server, over an in-process cluster with the scenario ecosystem.</summary>
public sealed class GatewayServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GatewayServer(CoSellCluster cluster, WebApplication app)
    {
        Cluster = cluster;
        _app = app;
    }

    public CoSellCluster Cluster { get; }

    /// <summary>The gateway over a cluster with the scenario ecosystem; <paramref name="settings"/> are the gateway's configuration keys.</summary>
    public static async Task<GatewayServer> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var cluster = await CoSellCluster.StartWithEcosystemAsync();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(cluster.Grains);
        builder.AddCoSellGateway();
        var app = builder.Build();
        app.MapCoSellGateway();
        await app.StartAsync();
        return new GatewayServer(cluster, app);
    }

    /// <summary>Every route the gateway maps, as routing sees it (to hold the OpenAPI document against).</summary>
    public IReadOnlyList<RouteEndpoint> Routes =>
        [.. ((IEndpointRouteBuilder)_app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()];

    /// <summary>An HTTP client with no token.</summary>
    public HttpClient Anonymous() => _app.GetTestClient();

    /// <summary>An HTTP client carrying a development token for <paramref name="actor"/>.</summary>
    public HttpClient As(Actor actor, string? key = null)
    {
        var client = _app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Mint(actor, key));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Cluster.DisposeAsync();
    }
}
