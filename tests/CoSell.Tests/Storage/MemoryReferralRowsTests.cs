using CoSell.Grains.Storage;

namespace CoSell.Tests.Storage;

public sealed class MemoryReferralRowsTests : ReferralRowsContract
{
    protected override IPartitionStore Store { get; } = new MemoryPartitionStore();
}
