using CoSell.Portal.Hosting;
using CoSell.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace CoSell.Portal.Tests.Support;

/// <summary>
/// The portal on a loopback port (real HTTP for a real browser), over an in-process cluster with the scenario
/// ecosystem; the portal's clock is the cluster's fake one, so "time left" reads the same on both sides.
/// </summary>
public sealed class PortalServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PortalServer(CoSellCluster cluster, WebApplication app, Uri address, CapturedLogs logs)
    {
        Logs = logs;
        Cluster = cluster;
        _app = app;
        Address = address;
    }

    public CoSellCluster Cluster { get; }

    public Uri Address { get; }

    /// <summary>What the portal logged at warning level and above (a circuit that failed says why here).</summary>
    public CapturedLogs Logs { get; }

    public static async Task<PortalServer> StartAsync()
    {
        var cluster = await CoSellCluster.StartWithEcosystemAsync();
        // The portal's assembly names the application, so its static web assets manifest is the one found.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(CoSellPortal).Assembly.GetName().Name });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["CoSell:Storage:Provider"] = "Memory";
        builder.Logging.ClearProviders();
        var logs = new CapturedLogs();
        logs.AddTo(builder.Services);
        builder.Services.AddSingleton(cluster.Grains);
        builder.Services.AddSingleton<TimeProvider>(cluster.Clock);
        builder.AddCoSellPortal();
        var app = builder.Build();
        app.MapCoSellPortal();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new PortalServer(cluster, app, new Uri(address), logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Cluster.DisposeAsync();
    }
}
