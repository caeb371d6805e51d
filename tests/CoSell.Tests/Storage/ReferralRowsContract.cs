using CoSell.Grains.Domain;
using CoSell.Grains.Referrals;
using CoSell.Grains.Storage;
using CoSell.Tests.Domain;
using CoSell.Testing;

namespace CoSell.Tests.Storage;

/// <summary>
/// A referral's rows (issue 12): every change is one batch of its state, view and window rows, conditional on the
/// state row's ETag. Run on both stores.
/// </summary>
public abstract class ReferralRowsContract
{
    private readonly ReferralOwner _owner = new(Actors.PartnerB, null, $"r-{Guid.NewGuid():N}");

    protected abstract IPartitionStore Store { get; }

    private static Actor B => Actors.AdminOf(Actors.PartnerB);

    private string Partition => PartitionKeys.Of(_owner);

    private async Task<ReferralRows> Received()
    {
        var rows = new ReferralRows(Store, _owner);
        await rows.LoadAsync();
        Assert.False(rows.State.Exists);
        var draft = OutboundReferral.Deliveries(DomainFixtures.Outbound(Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)))).Single() with { Id = _owner.ReferralId };
        InboundResponse.Receive(rows.State, draft, DomainFixtures.Now.AddDays(14), DomainFixtures.Now);
        await rows.WriteAsync();
        return rows;
    }

    private async Task<List<StoredRow>> Rows((string From, string To) range)
    {
        var page = await Store.QueryAsync(Partition, range.From, range.To, 1000);
        return [.. page.Rows];
    }

    [Fact]
    public async Task R18_R32_a_received_referral_is_its_state_view_and_window_rows_and_reads_back_whole()
    {
        var written = await Received();

        var read = new ReferralRows(Store, _owner);
        await read.LoadAsync();
        Assert.Equal(DomainFixtures.Fingerprint(written.State), DomainFixtures.Fingerprint(read.State));
        var view = Assert.Single(await Rows(RowKeys.Views));
        Assert.Equal(RowKeys.View(DomainFixtures.Now, _owner.ReferralId), view.RowKey);
        Assert.Equal(Substatus.Received, ReferralViewRow.Read(view).Substatus);
        Assert.Equal(RowKeys.Window(DomainFixtures.Now.AddDays(14), _owner.ReferralId), Assert.Single(await Rows(RowKeys.Windows)).RowKey);
        Assert.Empty(await Rows(RowKeys.Queue(ReferralRows.RespondedQueue)));
    }

    [Fact]
    public async Task R19_R37_an_answer_moves_the_view_row_closes_the_window_and_leaves_one_responded_row()
    {
        var rows = await Received();
        InboundResponse.Accept(rows.State, B, new AcceptReferralRequest(), DomainFixtures.Now.AddHours(5));
        await rows.WriteAsync();

        var view = Assert.Single(await Rows(RowKeys.Views));
        Assert.Equal(RowKeys.View(DomainFixtures.Now.AddHours(5), _owner.ReferralId), view.RowKey);
        Assert.Equal(Substatus.Accepted, ReferralViewRow.Read(view).Substatus);
        Assert.Empty(await Rows(RowKeys.Windows));
        var responded = Assert.Single(await Rows(RowKeys.Queue(ReferralRows.RespondedQueue)));
        Assert.Equal("Accepted", responded.GetString("Substatus"));
        Assert.Equal(TimeSpan.FromHours(5).Ticks, Convert.ToInt64(responded.Properties["ResponseTicks"], System.Globalization.CultureInfo.InvariantCulture));

        // A later change moves the view row again and leaves no second answer.
        ReferralEditing.Apply(rows.State, B, new UpdateReferralRequest { Name = "renamed" }, DomainFixtures.Solutions, DomainFixtures.Now.AddHours(6));
        await rows.WriteAsync();
        Assert.Equal("renamed", ReferralViewRow.Read(Assert.Single(await Rows(RowKeys.Views))).Name);
        Assert.Single(await Rows(RowKeys.Queue(ReferralRows.RespondedQueue)));
    }

    [Fact]
    public async Task R40_an_activation_holding_older_state_cannot_overwrite_newer_state_and_writes_nothing()
    {
        await Received();
        var first = new ReferralRows(Store, _owner);
        var second = new ReferralRows(Store, _owner);
        await first.LoadAsync();
        await second.LoadAsync();

        InboundResponse.Accept(first.State, B, new AcceptReferralRequest(), DomainFixtures.Now.AddHours(1));
        await first.WriteAsync();
        InboundResponse.Decline(second.State, B, new DeclineReferralRequest(DeclineReason.CustomerNotReady), DomainFixtures.Now.AddHours(2));
        var conflict = await Assert.ThrowsAsync<PartitionWriteConflict>(() => second.WriteAsync());
        Assert.Equal(PartitionConflictKind.Stale, conflict.Kind);

        var read = new ReferralRows(Store, _owner);
        await read.LoadAsync();
        Assert.Equal(Substatus.Accepted, read.State.Substatus);
        Assert.Equal(Substatus.Accepted, ReferralViewRow.Read(Assert.Single(await Rows(RowKeys.Views))).Substatus);
        Assert.Equal("Accepted", Assert.Single(await Rows(RowKeys.Queue(ReferralRows.RespondedQueue))).GetString("Substatus"));
    }

    [Fact]
    public async Task R35_a_referral_with_invitations_history_and_team_round_trips_through_its_row()
    {
        var planned = DomainFixtures.Outbound(Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB), Requests.PartnerInvitation(Actors.PartnerC)));
        var owner = new ReferralOwner(Actors.PartnerA, null, planned.Id);
        var rows = new ReferralRows(Store, owner);
        await rows.LoadAsync();
        foreach (var property in typeof(ReferralState).GetProperties().Where(p => p.CanWrite))
        {
            property.SetValue(rows.State, property.GetValue(planned));
        }

        await rows.WriteAsync();
        var read = new ReferralRows(Store, owner);
        await read.LoadAsync();
        // The write records that the open deal's customer row is stored beside it; everything else is as planned.
        Assert.True(read.State.CustomerRowStored);
        planned.CustomerRowStored = true;
        Assert.Equal(DomainFixtures.Fingerprint(planned), DomainFixtures.Fingerprint(read.State));
        Assert.Equal(2, read.State.Invitations.Count);
    }

    [Fact]
    public async Task Issue16_the_customer_row_is_written_when_the_deal_opens_or_is_renamed_and_deleted_when_it_ends()
    {
        var rows = await Received();
        var customer = RowKeys.CustomerDeals(rows.State.CustomerProfile!.CustomerId);
        var opened = Assert.Single(await Rows(customer));
        Assert.Equal((rows.State.Id, true), (opened.GetString("ReferralId"), opened.Properties["Open"]));

        // A change that leaves tenant, name and solutions alone leaves the row alone: no write on the hot path.
        InboundResponse.Accept(rows.State, B, new AcceptReferralRequest(), DomainFixtures.Now.AddHours(1));
        await rows.WriteAsync();
        Assert.Equal(opened.ETag, Assert.Single(await Rows(customer)).ETag);

        ReferralEditing.Apply(rows.State, B, new UpdateReferralRequest { Name = "renamed" }, DomainFixtures.Solutions, DomainFixtures.Now.AddHours(2));
        await rows.WriteAsync();
        Assert.Equal("renamed", Assert.Single(await Rows(customer)).GetString("Name"));

        // Closed: the row goes, so the customer's range holds open deals only; a reload knows none is stored.
        ReferralClosing.Close(rows.State, B, new CloseReferralRequest(CloseOutcome.Lost, "Customer went elsewhere"), DomainFixtures.Now.AddHours(3));
        await rows.WriteAsync();
        Assert.Empty(await Rows(customer));
        var read = new ReferralRows(Store, _owner);
        await read.LoadAsync();
        Assert.False(read.State.CustomerRowStored);
    }
}
