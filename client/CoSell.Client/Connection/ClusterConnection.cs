using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoSell.Client.Connection;

/// <summary>
/// Connecting a front-end process to the cluster as an external grain client, from the <c>CoSell:Cluster</c>
/// section: localhost clustering to <c>GatewayPort</c> (default 30000) with the cluster's ids.
/// </summary>
public static class ClusterConnection
{
    /// <summary>An interactive API's bound on one grain call (<c>CoSell:Cluster:ResponseTimeout</c>).</summary>
    public static readonly TimeSpan DefaultResponseTimeout = TimeSpan.FromSeconds(3);

    public static IHostApplicationBuilder AddCoSellClusterClient(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("CoSell:Cluster");
        var gatewayPort = section.GetValue("GatewayPort", 30000);
        var clusterId = section.GetValue("ClusterId", "cosell-dev")!;
        var serviceId = section.GetValue("ServiceId", "cosell")!;
        var azureTable = string.Equals(section.GetValue("Provider", "Localhost"), "AzureTable", StringComparison.OrdinalIgnoreCase);

        // How long a grain call may go unanswered before it fails as a timeout (a transient error the REST gateway
        // retries when the request is safe to repeat). A call forwarded to a silo that then dies is answered by
        // nobody: this bound, not Orleans' 30 s default, is what such a request waits.
        var responseTimeout = section.GetValue("ResponseTimeout", DefaultResponseTimeout);
        var tls = ClusterTls.Certificate(builder.Configuration);
        builder.UseOrleansClient(client =>
        {
            client.AddActivityPropagation();
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = responseTimeout);
            if (tls is not null)
            {
                client.UseTls(tls, o => ClusterTls.Configure(o, tls));
            }

            if (!azureTable)
            {
                client.UseLocalhostClustering(gatewayPort, serviceId, clusterId);
                return;
            }

            // Several silos: find their gateways in the membership table, and ride out a silo's death.
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = serviceId;
            });
            client.UseAzureStorageClustering(o =>
            {
                o.TableServiceClient = new TableServiceClient(builder.Configuration.GetValue("CoSell:Storage:ConnectionString", "UseDevelopmentStorage=true"));
                o.TableName = section.GetValue("MembershipTable", "CoSellClusterMembership");
            });
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        });
        builder.Services.AddSingleton(sp => new CoSellClient(sp.GetRequiredService<IClusterClient>()));
        return builder;
    }
}
