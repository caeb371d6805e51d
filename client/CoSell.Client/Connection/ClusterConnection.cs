using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoSell.Client.Connection;

/// <summary>
/// Connecting a front-end process to the cluster as an external grain client, from the <c>CoSell:Cluster</c>
/// section (<see cref="ClusterSettings"/>, the class the silo reads too): localhost clustering to its gateway port, or
/// the membership table, with the cluster's ids.
/// </summary>
public static class ClusterConnection
{
    public static IHostApplicationBuilder AddCoSellClusterClient(this IHostApplicationBuilder builder)
    {
        // Checked as the silo checks them: a wrong value stops the host naming the key, before it looks for the cluster.
        var cluster = ClusterSettingsValidator.ReadForClient(builder.Configuration);
        var tls = ClusterTls.Certificate(cluster.Tls);
        builder.UseOrleansClient(client =>
        {
            client.AddActivityPropagation();
            client.Services.AddSingleton<IClientConnectionRetryFilter, ClusterConnectionRetry>();
            // A timed-out call is a transient error the REST gateway retries when the request is safe to repeat.
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = cluster.ResponseTimeout);
            if (tls is not null)
            {
                client.UseTls(tls, o => ClusterTls.Configure(o, tls));
            }

            if (!cluster.UsesAzureTable)
            {
                client.UseLocalhostClustering(cluster.GatewayPort, cluster.ServiceId, cluster.ClusterId);
                return;
            }

            // Several silos: find their gateways in the membership table, and ride out a silo's death. Storage is read
            // (and checked) only here, where the client uses it: a section a localhost client never reads cannot stop it.
            var storage = StorageSettingsValidator.Read(builder.Configuration);
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });
            client.UseAzureStorageClustering(o =>
            {
                o.TableServiceClient = storage.CreateTableServiceClient();
                o.TableName = cluster.MembershipTable;
            });
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        });
        builder.Services.AddSingleton(sp => new CoSellClient(sp.GetRequiredService<IClusterClient>()));
        return builder;
    }
}
