using CoSell.Client;
using CoSell.Client.Connection;
using CoSell.Client.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoSell.Cli;

/// <summary>A connection to the cluster as an external grain client, and the caller the command acts as.</summary>
public sealed class Session(IHost host, Actor actor) : IAsyncDisposable
{
    public CoSellClient Client { get; } = host.Services.GetRequiredService<CoSellClient>();

    public Actor Actor { get; } = actor;

    public static async Task<Session> OpenAsync(GlobalOptions options, CancellationToken cancellation)
    {
        var token = options.Token ?? Environment.GetEnvironmentVariable("COSELL_TOKEN");
        if (string.IsNullOrWhiteSpace(token))
        {
            throw CoSellException.AccessDenied("token", "No token: pass --token or set COSELL_TOKEN (mint one with 'cosell token').");
        }

        var actor = await DevelopmentTokens.ValidateAsync(token.Trim(), options.Key ?? Environment.GetEnvironmentVariable("COSELL_DEV_KEY"));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ClusterSettings.Key(nameof(ClusterSettings.GatewayPort))] = options.GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [ClusterSettings.Key(nameof(ClusterSettings.ClusterId))] = options.ClusterId,
            [ClusterSettings.Key(nameof(ClusterSettings.ServiceId))] = options.ServiceId,
        });
        builder.Logging.ClearProviders();
        builder.AddCoSellClusterClient();
        var host = builder.Build();
        await host.StartAsync(cancellation);
        return new Session(host, actor);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
