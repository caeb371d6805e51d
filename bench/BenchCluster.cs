using CoSell.Client;
using CoSell.Client.Connection;
using CoSell.Grains.Hosting;
using CoSell.Grains.Options;
using CoSell.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace CoSell.Bench;

/// <summary>
/// One silo and a client in this process, wired as the silo host wires itself (<see cref="CoSellSiloConfiguration"/>),
/// on in-memory providers or on Azure Table storage (Azurite), with an ecosystem of partners to route between.
/// </summary>
public sealed class BenchCluster : IAsyncDisposable
{
    public const int Partners = 16;

    private BenchCluster(InProcessTestCluster cluster)
    {
        Cluster = cluster;
        Client = new CoSellClient(cluster.Client);
    }

    public InProcessTestCluster Cluster { get; }

    public CoSellClient Client { get; }

    public IGrainFactory Grains => Cluster.Client;

    public static string PartnerId(int index) => (7_000_000 + (index % Partners)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Actor Admin(string partnerId) => new(partnerId, $"t-{partnerId}", "bench", [Role.ReferralAdmin, Role.PartnerAdmin]);

    public static async Task<BenchCluster> StartAsync(string? azureConnectionString)
    {
        var settings = new Dictionary<string, string?> { [$"{EmailOptions.Section}:{nameof(EmailOptions.Enabled)}"] = "false" };
        if (azureConnectionString is null)
        {
            settings[StorageSettings.Key(nameof(StorageSettings.Provider))] = "Memory";
        }
        else
        {
            var suffix = Guid.NewGuid().ToString("N")[..8];
            settings[StorageSettings.Key(nameof(StorageSettings.Provider))] = "AzureTable";
            settings[StorageSettings.Key(nameof(StorageSettings.ConnectionString))] = azureConnectionString;
            settings[StorageSettings.Key(nameof(StorageSettings.GrainStateTable))] = $"BenchState{suffix}";
            settings[StorageSettings.Key(nameof(StorageSettings.RemindersTable))] = $"BenchReminders{suffix}";
            settings[StorageSettings.Key(nameof(StorageSettings.DataTable))] = $"BenchData{suffix}";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddCoSell(configuration).AddIncomingGrainCallFilter<GrainCallCounter>();
            CountingGrainStorage.Decorate(silo.Services, StorageNames.Default);
            CountingPartitionStore.Decorate(silo.Services);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        var bench = new BenchCluster(cluster);
        await bench.RegisterEcosystem();
        return bench;
    }

    private async Task RegisterEcosystem()
    {
        var op = new Actor(Organizations.Microsoft, "msft", "op", [Role.Operator]);
        for (var i = 0; i < Partners; i++)
        {
            var id = PartnerId(i);
            await Client.RegisterPartner(op, new PartnerProfile(id, $"Partner {i}", "US", [new Tenant($"t-{id}", true)], false, [$"admin@{id}.example"]));
        }

        await Client.RegisterCustomer(op, new Customer("c-bench", "Contoso", null, new Address("1 Main", "Redmond", "WA", "98052", "US")));
        await Client.RegisterSolution(op, new Solution("sol-bench", "Bench solution", PartnerId(0), SolutionKind.Partner, true));
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
