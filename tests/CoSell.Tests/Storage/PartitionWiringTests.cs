using Azure.Data.Tables;
using CoSell.Grains.Storage;
using CoSell.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoSell.Tests.Storage;

/// <summary>
/// Issue 12: every silo of an installation writes the same partitions — the configured table on Azure Table storage,
/// one store per service id with the Memory provider — and another installation sees none of them.
/// </summary>
public sealed class PartitionWiringTests
{
    private static IPartitionStore StoreOf(CoSellCluster cluster, int silo) =>
        cluster.Cluster.Silos[silo].ServiceProvider.GetRequiredService<IPartitionStore>();

    [Fact]
    public async Task With_the_memory_provider_the_silos_of_a_cluster_share_one_store_and_another_cluster_has_its_own()
    {
        await using var cluster = await CoSellCluster.StartAsync(silos: 2);
        await using var other = await CoSellCluster.StartAsync();

        await StoreOf(cluster, 0).SubmitAsync("p|shared", [RowWrite.Insert("r|1", new Dictionary<string, object> { ["Value"] = "one" })]);

        Assert.Equal("one", (await StoreOf(cluster, 1).ReadAsync("p|shared", "r|1"))?.GetString("Value"));
        Assert.Null(await StoreOf(other, 0).ReadAsync("p|shared", "r|1"));
    }

    [Fact]
    public async Task On_Azure_Table_storage_the_silo_writes_the_configured_data_table()
    {
        var settings = Azurite.FreshTables();
        await using var cluster = await CoSellCluster.StartAsync(settings);

        await StoreOf(cluster, 0).SubmitAsync("p|wired", [RowWrite.Insert("r|1", new Dictionary<string, object> { ["Value"] = "stored" })]);

        var table = new TableServiceClient(Azurite.ConnectionString).GetTableClient(settings["CoSell:Storage:DataTable"]);
        Assert.Equal("stored", (await table.GetEntityAsync<TableEntity>("p|wired", "r|1")).Value.GetString("Value"));
    }
}
