using System.Collections.Concurrent;
using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>
/// Issue 14, live updates: a watcher of an owner's live view is told each stored change it may see (R2: its tenants),
/// each change another party of its engagements made (R28), and nothing of other organizations (R3).
/// </summary>
public sealed class LiveViewTests : IAsyncLifetime
{
    private CoSellCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await CoSellCluster.StartWithEcosystemAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task R2_R28_a_watcher_is_told_its_own_deliveries_and_the_other_partys_answers()
    {
        var a = Actors.AdminOf(Actors.PartnerA);
        var b = Actors.AdminOf(Actors.PartnerB);
        var watchA = await WatchAsync(a);
        var watchB = await WatchAsync(b);

        var sent = await _cluster.Client.CreateReferral(a, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)) with { Name = "live one" });
        var received = sent.Participants.Single().ReferralId;
        var delivered = await Eventually.Until(() => Task.FromResult(watchB.Changes.ToArray()), c => c.Any(x => x.ReferralId == received), "B told of the delivery");
        var delivery = delivered.First(x => x.ReferralId == received);
        Assert.True(delivery is { Own: true, Created: true, Direction: ReferralDirection.Incoming, Status: ReferralStatus.New, Name: "live one" });

        await _cluster.Client.Accept(b, received);
        var told = await Eventually.Until(() => Task.FromResult(watchA.Changes.ToArray()), c => c.Any(x => !x.Own && x.Substatus == Substatus.Accepted), "A told of B's accept");
        var answer = told.First(x => !x.Own && x.Substatus == Substatus.Accepted);
        Assert.Equal((sent.EngagementId, received, "", ""), (answer.EngagementId, answer.ReferralId, answer.Name, answer.TenantId));
    }

    [Fact]
    public async Task R2_a_watcher_is_not_told_of_a_delivery_to_a_tenant_it_does_not_see()
    {
        var a = Actors.AdminOf(Actors.PartnerA);
        var second = Actors.AdminOf(Actors.PartnerB, Actors.SecondTenant(Actors.PartnerB), "sue");
        var first = await WatchAsync(Actors.AdminOf(Actors.PartnerB));
        var watchSecond = await WatchAsync(second);

        var sent = await _cluster.Client.CreateReferral(a, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB, Actors.SecondTenant(Actors.PartnerB))) with { Name = "to the second tenant" });
        var received = sent.Participants.Single().ReferralId;
        await Eventually.Until(() => Task.FromResult(watchSecond.Changes.ToArray()), c => c.Any(x => x.ReferralId == received), "the second tenant told");

        // Told one-way from the same grain and in order: once the second tenant heard, the first would have too.
        Assert.DoesNotContain(first.Changes, x => x.ReferralId == received);
    }

    [Fact]
    public async Task A_shared_note_is_told_to_every_party_that_reads_it_naming_its_author_issue_16()
    {
        var a = Actors.AdminOf(Actors.PartnerA);
        var b = Actors.AdminOf(Actors.PartnerB);
        var watchA = await WatchAsync(a);
        var watchB = await WatchAsync(Actors.AdminOf(Actors.PartnerB, user: "colleague-of-b"));
        var sent = await _cluster.Client.CreateReferral(a, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)) with { Name = "noted" });
        var received = sent.Participants.Single().ReferralId;

        await _cluster.Client.AddNote(b, received, "Demo booked for May.");

        // Each party is told at its own referral of the engagement; the author's organization too (a colleague's open page).
        var toA = (await Eventually.Until(() => Task.FromResult(watchA.Changes.ToArray()), c => c.Any(x => x.Note), "A told of B's note")).Single(x => x.Note);
        Assert.Equal((sent.Id, sent.EngagementId, Actors.PartnerB, b.UserId, false), (toA.ReferralId, toA.EngagementId, toA.OrganizationId, toA.ChangedBy, toA.Own));
        var toB = (await Eventually.Until(() => Task.FromResult(watchB.Changes.ToArray()), c => c.Any(x => x.Note), "B's colleague told")).Single(x => x.Note);
        Assert.Equal((received, Actors.PartnerB, b.UserId), (toB.ReferralId, toB.OrganizationId, toB.ChangedBy));
    }

    [Fact]
    public async Task R7_a_note_on_a_private_deal_reaches_its_owners_open_pages()
    {
        var a = Actors.AdminOf(Actors.PartnerA);
        var watchA = await WatchAsync(Actors.AdminOf(Actors.PartnerA, user: "colleague-of-a"));
        var deal = await _cluster.Client.CreateReferral(a, Requests.Private("kept close"));

        await _cluster.Client.AddNote(a, deal.Id, "Only ours.");

        var told = (await Eventually.Until(() => Task.FromResult(watchA.Changes.ToArray()), c => c.Any(x => x.Note), "A's colleague told")).Single(x => x.Note);
        Assert.Equal((deal.Id, deal.EngagementId, Actors.PartnerA), (told.ReferralId, told.EngagementId, told.OrganizationId));
    }

    [Fact]
    public async Task R22_a_colleague_of_the_requests_seller_is_told_of_the_request_and_of_the_partners_notes()
    {
        var alice = Actors.AdminOf(Actors.PartnerA);
        var deal = await _cluster.Client.CreateReferral(alice, Requests.CoSell() with { Name = "worked by two" });
        var seller = Actors.Seller(deal.Microsoft.SellerId!);
        var colleague = Actors.Seller(deal.Microsoft.SellerId == Actors.SellerUs ? Actors.SellerUs2 : Actors.SellerUs);
        var request = $"{deal.Id}-{Organizations.Microsoft}";
        await _cluster.Client.AddColleague(seller, request, colleague.SellerId!);
        var watch = await WatchAsync(colleague);

        await _cluster.Client.Accept(seller, request);
        var engaged = (await Eventually.Until(() => Task.FromResult(watch.Changes.ToArray()), c => c.Any(x => x.Substatus == Substatus.Accepted), "the colleague told of the engagement"))
            .First(x => x.Substatus == Substatus.Accepted);
        Assert.Equal((request, deal.EngagementId, false), (engaged.ReferralId, engaged.EngagementId, engaged.Own));

        await _cluster.Client.AddNote(alice, deal.Id, "Welcome aboard.");
        var note = (await Eventually.Until(() => Task.FromResult(watch.Changes.ToArray()), c => c.Any(x => x.Note), "the colleague told of the note")).Single(x => x.Note);
        Assert.Equal((Actors.PartnerA, alice.UserId), (note.OrganizationId, note.ChangedBy));
    }

    [Fact]
    public async Task R3_only_a_member_may_watch_an_owner()
    {
        var watcher = _cluster.Grains.CreateObjectReference<ILiveViewObserver>(new Watcher());
        var view = _cluster.Grains.GetGrain<ILiveViewGrain>(ReferralKeys.Owner(Actors.PartnerA, null));

        var outsider = await Assert.ThrowsAsync<CoSellException>(() => view.Subscribe(Actors.AdminOf(Actors.PartnerB), watcher));
        Assert.Equal((ErrorCode.AccessDenied, "owner"), (outsider.Code, outsider.Target));
        var seller = await Assert.ThrowsAsync<CoSellException>(() => view.Subscribe(Actors.Seller(Actors.SellerUs), watcher));
        Assert.Equal(ErrorCode.AccessDenied, seller.Code);
        var noRole = await Assert.ThrowsAsync<CoSellException>(() => view.Subscribe(Actors.AdminOf(Actors.PartnerA) with { Roles = [] }, watcher));
        Assert.Equal(ErrorCode.AccessDenied, noRole.Code);
    }

    private async Task<Watcher> WatchAsync(Actor actor)
    {
        var watcher = new Watcher();
        var reference = _cluster.Grains.CreateObjectReference<ILiveViewObserver>(watcher);
        await _cluster.Grains.GetGrain<ILiveViewGrain>(ReferralKeys.OwnerOf(actor)).Subscribe(actor, reference);
        watcher.Reference = reference;
        return watcher;
    }

    private sealed class Watcher : ILiveViewObserver
    {
        public ConcurrentQueue<LiveChange> Changes { get; } = new();

        /// <summary>Kept so the runtime does not collect the observer while the test runs.</summary>
        public ILiveViewObserver? Reference { get; set; }

        public Task Changed(LiveChange change)
        {
            Changes.Enqueue(change);
            return Task.CompletedTask;
        }
    }
}
