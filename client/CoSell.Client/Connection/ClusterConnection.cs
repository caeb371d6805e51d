using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoSell.Client.Connection;

/// <summary>
/// Connecting a front-end process to the cluster as an external grain client, from the <c>CoSell:Cluster</c>
/// section: localhost clustering to <c>GatewayPort</c> (default 30000) with the cluster's ids.
/// </summary>
public static class ClusterConnection
{
    public static IHostApplicationBuilder AddCoSellClusterClient(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("CoSell:Cluster");
        var gatewayPort = section.GetValue("GatewayPort", 30000);
        var clusterId = section.GetValue("ClusterId", "cosell-dev")!;
        var serviceId = section.GetValue("ServiceId", "cosell")!;
        builder.UseOrleansClient(client => client.UseLocalhostClustering(gatewayPort, serviceId, clusterId));
        builder.Services.AddSingleton(sp => new CoSellClient(sp.GetRequiredService<IClusterClient>()));
        return builder;
    }
}
