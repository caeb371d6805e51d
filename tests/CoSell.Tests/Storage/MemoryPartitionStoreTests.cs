using CoSell.Grains.Storage;

namespace CoSell.Tests.Storage;

public sealed class MemoryPartitionStoreTests : PartitionStoreContract
{
    protected override IPartitionStore Store { get; } = new MemoryPartitionStore();
}
