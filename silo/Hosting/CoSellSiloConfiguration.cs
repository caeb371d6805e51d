using CoSell.Client.Connection;
using CoSell.Gateway.Hosting;
using CoSell.Grains.Hosting;
using CoSell.Grains.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace CoSell.Silo.Hosting;

/// <summary>
/// The one place that wires a silo: grains and their options, grain storage and reminders chosen from
/// configuration. The silo host and the tests use it alike, so they cannot drift apart.
/// </summary>
public static class CoSellSiloConfiguration
{
    public static ISiloBuilder AddCoSell(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.AddCoSellGrains(configuration);
        silo.AddIncomingGrainCallFilter<CoSell.Grains.Observability.GrainLogScope>();
        // Read and checked now, because the providers are chosen from it; a wrong value stops the silo naming the key.
        var storage = StorageSettingsValidator.Read(configuration);
        silo.Services.AddOptions<StorageSettings>().BindConfiguration(StorageSettings.Section).ValidateOnStart();
        silo.Services.AddSingleton<IValidateOptions<StorageSettings>, StorageSettingsValidator>();
        silo.Services.AddCoSellDataProtection(storage);
        silo.Services.AddCoSellPartitions(storage);
        return storage.UsesMemory ? silo.UseMemoryStorage() : silo.UseAzureTableStorage(storage);
    }

    /// <summary>
    /// The owners' partitions (<see cref="IPartitionStore"/>): the <c>CoSell:Storage:DataTable</c> table of the storage
    /// account, or for the Memory provider one store per service id in this process, shared by its silos.
    /// </summary>
    public static IServiceCollection AddCoSellPartitions(this IServiceCollection services, StorageSettings storage) =>
        services.AddSingleton<IPartitionStore>(sp => storage.UsesMemory
            ? MemoryPartitionStore.ForService(sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId)
            : new TablePartitionStore(storage.CreateTableServiceClient().GetTableClient(storage.DataTable)));

    /// <summary>
    /// Data Protection for secrets at rest (webhook secrets) and signed links (unsubscribe), with the key ring where
    /// the grain state is, so every silo shares it. Keys are stored as the storage account keeps data: encrypted at
    /// rest by the account; wrap them with a key vault (<c>ProtectKeysWith…</c>) where policy asks for more.
    /// </summary>
    public static IServiceCollection AddCoSellDataProtection(this IServiceCollection services, StorageSettings storage)
    {
        services.AddDataProtection().SetApplicationName("CoSell");
        IXmlRepository repository = storage.UsesMemory
            ? SharedMemoryXmlRepository.Instance
            : new TableXmlRepository(storage.CreateTableServiceClient().GetTableClient(storage.DataProtectionTable));
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = repository);
        return services;
    }

    /// <summary>
    /// Grain state and reminders in memory, state in Orleans' binary format like the Azure provider (the memory
    /// provider's default, Newtonsoft JSON, took ~40 % of the CPU of a routed referral in the benchmark).
    /// </summary>
    public static ISiloBuilder UseMemoryStorage(this ISiloBuilder silo) =>
        silo.AddMemoryGrainStorage(StorageNames.Default, options => options.Configure<Serializer>((o, serializer) =>
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer)))
            .UseInMemoryReminderService();

    /// <summary>Grain state and reminders in Azure Table storage (Azurite locally), state in Orleans' binary format.</summary>
    public static ISiloBuilder UseAzureTableStorage(this ISiloBuilder silo, StorageSettings storage)
    {
        var tables = storage.CreateTableServiceClient();
        silo.AddAzureTableGrainStorage(StorageNames.Default, options => options.Configure<Serializer>((o, serializer) =>
        {
            o.TableServiceClient = tables;
            o.TableName = storage.GrainStateTable;
            o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);

            // A cleared record is gone, not an empty row.
            o.DeleteStateOnClear = true;
        }));
        silo.UseAzureTableReminderService(options => options.Configure(o =>
        {
            o.TableServiceClient = tables;
            o.TableName = storage.RemindersTable;
        }));
        return silo;
    }

    /// <summary>Membership from configuration: localhost for one silo, or an Azure Table for several (<see cref="ClusterSettings"/>).</summary>
    public static ISiloBuilder UseClusterSettings(this ISiloBuilder silo, IConfiguration configuration)
    {
        var cluster = ClusterSettingsValidator.Read(configuration);
        silo.Services.AddOptions<ClusterSettings>().BindConfiguration(ClusterSettings.Section).ValidateOnStart();
        silo.Services.AddSingleton<IValidateOptions<ClusterSettings>, ClusterSettingsValidator>();
        if (ClusterTls.Certificate(cluster.Tls) is { } certificate)
        {
            silo.UseTls(certificate, o => ClusterTls.Configure(o, certificate));
        }

        if (!cluster.UsesAzureTable)
        {
            silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
            return silo;
        }

        var storage = StorageSettingsValidator.Read(configuration);
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });
        if (!cluster.Kubernetes)
        {
            silo.ConfigureEndpoints(System.Net.IPAddress.Parse(cluster.AdvertisedIPAddress), cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: false);
        }
        silo.UseAzureStorageClustering(o =>
        {
            o.TableServiceClient = storage.CreateTableServiceClient();
            o.TableName = cluster.MembershipTable;
        });
        if (cluster.Kubernetes)
        {
            // Endpoints (POD_IP), cluster and service ids come from the pod; see deploy/kubernetes.
            silo.UseKubernetesHosting();
        }

        if (cluster.FastFailureDetection)
        {
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(2);
                o.NumMissedProbesLimit = 2;
                o.NumVotesForDeathDeclaration = 1;
                o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
                o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
            });
        }

        return silo;
    }
}
