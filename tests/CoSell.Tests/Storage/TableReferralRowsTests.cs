using CoSell.Grains.Storage;
using CoSell.Testing;

namespace CoSell.Tests.Storage;

/// <summary>The same on Azure Table storage, through Azurite: the ETag condition inside the batch is Azure's own.</summary>
public sealed class TableReferralRowsTests : ReferralRowsContract
{
    protected override IPartitionStore Store { get; } =
        new TablePartitionStore(new Azure.Data.Tables.TableServiceClient(Azurite.ConnectionString).GetTableClient($"Rows{Guid.NewGuid():N}"[..30]));
}
