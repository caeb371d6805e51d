using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>ETags, idempotent creates, terminal immutability and deadlock-free fan-out (issue 2, acceptance 4–6).</summary>
public sealed class ConsistencyTests : IAsyncLifetime
{
    private CoSellCluster _cluster = null!;

    private static Actor A => Actors.AdminOf(Actors.PartnerA);

    private static Actor B => Actors.AdminOf(Actors.PartnerB);

    public async Task InitializeAsync() => _cluster = await CoSellCluster.StartWithEcosystemAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task R40_a_stale_ETag_update_is_rejected_and_changes_nothing()
    {
        var created = await _cluster.Client.CreateReferral(A, Requests.Private());
        var renamed = await _cluster.Client.Update(A, created.Id, new UpdateReferralRequest { Name = "First edit", IfMatch = created.ETag });
        Assert.NotEqual(created.ETag, renamed.ETag);

        var stale = await Assert.ThrowsAsync<CoSellException>(() =>
            _cluster.Client.Update(A, created.Id, new UpdateReferralRequest { Name = "Lost update", IfMatch = created.ETag }));
        Assert.Equal(ErrorCode.PreconditionFailed, stale.Code);

        var after = await _cluster.Client.GetReferral(A, created.Id);
        Assert.Equal("First edit", after.Name);
        Assert.Equal(renamed.ETag, after.ETag);
        Assert.Equal(2, (await _cluster.Client.GetHistory(A, created.Id)).Count);
    }

    [Fact]
    public async Task R40_a_create_retried_with_the_same_idempotency_key_returns_the_same_referral_and_creates_nothing_new()
    {
        var request = Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB));
        var first = await _cluster.Client.CreateReferral(A, request, "create-42");
        var retry = await _cluster.Client.CreateReferral(A, request, "create-42");
        Assert.Equal(first.Id, retry.Id);
        Assert.Equal(first.ETag, retry.ETag);

        var other = await _cluster.Client.CreateReferral(A, request, "create-43");
        Assert.NotEqual(first.Id, other.Id);

        var outbound = await _cluster.Client.ListReferrals(A, new ReferralQuery { Direction = ReferralDirection.Outgoing });
        Assert.Equal(2, outbound.Items.Count);
        var inbound = await _cluster.Client.ListReferrals(B, new ReferralQuery { Direction = ReferralDirection.Incoming });
        Assert.Equal(2, inbound.Items.Count);

        // The same key from another organization is another referral.
        var fromC = await _cluster.Client.CreateReferral(Actors.AdminOf(Actors.PartnerC), Requests.Private() with { Solutions = ["sol-b"] }, "create-42");
        Assert.NotEqual(first.Id, fromC.Id);
    }

    [Fact]
    public async Task R26_a_terminal_referral_rejects_every_kind_of_change_and_reads_unchanged()
    {
        var created = await _cluster.Client.CreateReferral(A, Requests.Private() with { Customer = new CustomerInput("c-100", Requests.Ann), Consent = new Consent(true) });
        var won = await _cluster.Client.Close(A, created.Id, new CloseReferralRequest(CloseOutcome.Won));
        var history = await _cluster.Client.GetHistory(A, created.Id);

        var attempts = new Func<Task>[]
        {
            () => _cluster.Client.Update(A, created.Id, new UpdateReferralRequest { Name = "x" }),
            () => _cluster.Client.Update(A, created.Id, new UpdateReferralRequest { SalesStage = SalesStage.Negotiating }),
            () => _cluster.Client.Accept(A, created.Id),
            () => _cluster.Client.Decline(A, created.Id, new DeclineReferralRequest(DeclineReason.Other, "x")),
            () => _cluster.Client.Close(A, created.Id, new CloseReferralRequest(CloseOutcome.Lost, "x")),
            () => _cluster.Client.Invite(A, created.Id, Requests.PartnerInvitation(Actors.PartnerB)),
            () => _cluster.Client.Invite(A, created.Id, Requests.MicrosoftInvitation()),
        };
        foreach (var attempt in attempts)
        {
            var error = await Assert.ThrowsAsync<CoSellException>(attempt);
            Assert.Equal(ErrorCode.TerminalState, error.Code);
            Assert.Equal("R26", error.Target);
        }

        var after = await _cluster.Client.GetReferral(A, created.Id);
        Assert.Equal(won.ETag, after.ETag);
        Assert.Equal(Substatus.Won, after.Substatus);
        Assert.Equal(won.Name, after.Name);
        Assert.Equal(won.DealType, after.DealType);
        Assert.Equal(history.Count, (await _cluster.Client.GetHistory(A, created.Id)).Count);
        Assert.Empty((await _cluster.Client.ListReferrals(B, new ReferralQuery())).Items);
    }

    [Fact]
    public async Task R41_bad_input_is_rejected_with_the_field_named_and_creates_nothing()
    {
        var error = await Assert.ThrowsAsync<CoSellException>(() =>
            _cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB) with { Currency = "??" })));
        Assert.Equal(ErrorCode.ValidationFailed, error.Code);
        Assert.Equal("invitations[0].currency", error.Target);
        Assert.Empty((await _cluster.Client.ListReferrals(A, new ReferralQuery())).Items);
        Assert.Empty((await _cluster.Client.ListReferrals(B, new ReferralQuery())).Items);
    }

    [Fact]
    public async Task Fan_out_never_deadlocks_when_partners_invite_each_other_at_once_many_times_over()
    {
        const int Rounds = 40;
        var work = Enumerable.Range(0, Rounds).SelectMany(i => new[]
        {
            _cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB), Requests.PartnerInvitation(Actors.PartnerC)) with { Name = $"A→B {i}" }),
            _cluster.Client.CreateReferral(B, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerA) with { Solutions = ["sol-a"] }, Requests.PartnerInvitation(Actors.PartnerC)) with { Name = $"B→A {i}", Solutions = ["sol-b"] }),
        });

        // A cycle of non-reentrant calls would surface here as TimeoutException after the 30 s response timeout.
        var created = await Task.WhenAll(work);
        Assert.Equal(2 * Rounds, created.Select(r => r.Id).Distinct().Count());

        var aInbox = await _cluster.Client.ListReferrals(A, new ReferralQuery { Direction = ReferralDirection.Incoming, Top = 100 });
        var bInbox = await _cluster.Client.ListReferrals(B, new ReferralQuery { Direction = ReferralDirection.Incoming, Top = 100 });
        var cInbox = await _cluster.Client.ListReferrals(Actors.AdminOf(Actors.PartnerC), new ReferralQuery { Direction = ReferralDirection.Incoming, Top = 100 });
        Assert.Equal(Rounds, aInbox.Items.Count);
        Assert.Equal(Rounds, bInbox.Items.Count);
        Assert.Equal(2 * Rounds, cInbox.Items.Count);
    }
}
