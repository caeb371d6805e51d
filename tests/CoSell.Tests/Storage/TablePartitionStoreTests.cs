using Azure.Data.Tables;
using CoSell.Grains.Storage;
using CoSell.Testing;

namespace CoSell.Tests.Storage;

/// <summary>The same contract on Azure Table storage, through the Azurite that <c>./test.sh</c> starts.</summary>
public sealed class TablePartitionStoreTests : PartitionStoreContract
{
    protected override IPartitionStore Store { get; } =
        new TablePartitionStore(new TableServiceClient(Azurite.ConnectionString).GetTableClient($"Partitions{Guid.NewGuid():N}"[..30]));
}
