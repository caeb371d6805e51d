using CoSell.Grains.Referrals;
using Microsoft.Extensions.DependencyInjection;
using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>The referral lifecycle across grains, on an in-process cluster with a fake clock (issue 2, acceptance 2).</summary>
public sealed class ReferralFlowTests : IAsyncLifetime
{
    private CoSellCluster _cluster = null!;

    private static Actor A => Actors.AdminOf(Actors.PartnerA);

    private static Actor B => Actors.AdminOf(Actors.PartnerB);

    private static Actor C => Actors.AdminOf(Actors.PartnerC);

    public async Task InitializeAsync() => _cluster = await CoSellCluster.StartWithEcosystemAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private Task<ReferralPage> Incoming(Actor actor) => _cluster.Client.ListReferrals(actor, new ReferralQuery { Direction = ReferralDirection.Incoming });

    private async Task<Referral> InboundOf(Actor actor) => await _cluster.Client.GetReferral(actor, (await Incoming(actor)).Items.Single().Id);

    [Fact]
    public async Task R16_R18_P2P_create_lands_one_Received_referral_in_each_invited_partners_addressed_tenant_inbox()
    {
        var created = await _cluster.Client.CreateReferral(A, Requests.P2P(
            Requests.PartnerInvitation(Actors.PartnerB, Actors.SecondTenant(Actors.PartnerB)),
            Requests.PartnerInvitation(Actors.PartnerC)));
        Assert.Equal(DealType.PartnerToPartner, created.DealType);

        var bSecond = await Incoming(Actors.AdminOf(Actors.PartnerB, Actors.SecondTenant(Actors.PartnerB)));
        var received = Assert.Single(bSecond.Items);
        Assert.Equal(Substatus.Received, received.Substatus);
        Assert.Equal(created.EngagementId, received.EngagementId);
        Assert.Empty((await Incoming(B)).Items);

        var cPrimary = Assert.Single((await Incoming(C)).Items);
        Assert.Equal(Actors.PrimaryTenant(Actors.PartnerC), cPrimary.TenantId);

        var outbound = await _cluster.Client.ListReferrals(A, new ReferralQuery { Direction = ReferralDirection.Outgoing });
        Assert.Equal(created.Id, Assert.Single(outbound.Items).Id);
        Assert.Equal(2, created.Participants.Count);
        Assert.All(created.Participants, p => Assert.Equal(Substatus.Received, p.Substatus));

        var notices = await _cluster.Client.GetNotifications(Actors.AdminOf(Actors.PartnerC));
        Assert.Equal(NotificationKind.ReferralReceived, Assert.Single(notices).Kind);
    }

    [Fact]
    public async Task R19_R28_accept_notifies_the_sender_and_both_sides_see_each_others_status()
    {
        var created = await _cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        var inbound = await InboundOf(B);

        var accepted = await _cluster.Client.Accept(B, inbound.Id, new AcceptReferralRequest(Team: [Requests.Ann]));
        Assert.Equal(Substatus.Accepted, accepted.Substatus);
        Assert.Equal(SalesStage.Accepted, accepted.SalesStage);
        Assert.Equal(Actors.PartnerA, Assert.Single(accepted.Participants).OrganizationId);

        var senderView = await _cluster.Client.GetReferral(A, created.Id);
        Assert.Equal(Substatus.Accepted, Assert.Single(senderView.Participants).Substatus);
        var notice = (await _cluster.Client.GetNotifications(Actors.AdminOf(Actors.PartnerA))).Single(n => n.Kind == NotificationKind.ReferralAccepted);
        Assert.Equal(created.Id, notice.ReferralId); // the link opens for its recipient, the sender (issue 10, point 18)
        Assert.Contains(Requests.Bo.Email, notice.Recipients);
    }

    [Fact]
    public async Task R20_decline_with_reason_notifies_the_sender()
    {
        await _cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        var inbound = await InboundOf(B);
        var declined = await _cluster.Client.Decline(B, inbound.Id, new DeclineReferralRequest(DeclineReason.CustomerNotReady, "next fiscal year"));
        Assert.Equal(Substatus.Declined, declined.Substatus);
        var notice = (await _cluster.Client.GetNotifications(Actors.AdminOf(Actors.PartnerA))).Single(n => n.Kind == NotificationKind.ReferralDeclined);
        Assert.Contains("CustomerNotReady", notice.Summary);
    }

    [Fact]
    public async Task R21_unanswered_referral_expires_after_14_simulated_days_and_notifies_the_sender()
    {
        var created = await _cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        var inbound = await InboundOf(B);
        Assert.Equal(CoSellCluster.Start.AddDays(14), inbound.ExpirationDateTime);

        _cluster.Clock.Advance(TimeSpan.FromDays(13));
        Assert.Equal(Substatus.Received, (await _cluster.Client.GetReferral(B, inbound.Id)).Substatus);

        _cluster.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var expired = await Eventually.Ticking(_cluster.Clock, () => _cluster.Client.GetReferral(B, inbound.Id), r => r.Substatus == Substatus.Expired, "the expiry reminder");
        Assert.Equal(ReferralStatus.Closed, expired.Status);

        var notice = await Eventually.Until(() => _cluster.Client.GetNotifications(Actors.AdminOf(Actors.PartnerA)),
            n => n.Any(x => x.Kind == NotificationKind.ReferralExpired), "the expiry notification");
        Assert.Equal(created.Id, notice.Single(x => x.Kind == NotificationKind.ReferralExpired).ReferralId); // a link the sender can open
        Assert.Equal(Substatus.Expired, (await _cluster.Client.GetReferral(A, created.Id)).Participants.Single().Substatus);
    }

    [Fact]
    public async Task R22_seller_window_lapses_after_14_simulated_days_and_the_partners_deal_is_unchanged()
    {
        var created = await _cluster.Client.CreateReferral(A, Requests.CoSell());
        Assert.Equal(MicrosoftStatus.Requested, created.Microsoft.Status);
        var seller = Actors.Seller(created.Microsoft.SellerId!);
        var request = await InboundOf(seller);
        Assert.Equal(Organizations.Microsoft, request.OrganizationId);

        _cluster.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        await Eventually.Ticking(_cluster.Clock, () => _cluster.Client.GetReferral(seller, request.Id), r => r.Substatus == Substatus.Expired, "the seller window reminder");

        var deal = await Eventually.Until(() => _cluster.Client.GetReferral(A, created.Id), r => r.Microsoft.Status == MicrosoftStatus.Lapsed, "the Microsoft card");
        Assert.Equal(created.ETag, deal.ETag);
        Assert.Equal(Substatus.Accepted, deal.Substatus);
        Assert.Equal(DealType.CoSell, deal.DealType);
        Assert.Equal(created.Details, deal.Details);
        Assert.Contains(await _cluster.Client.GetNotifications(Actors.AdminOf(Actors.PartnerA)), n => n.Kind == NotificationKind.SellerLapsed);
    }

    [Fact]
    public async Task R4_R22_seller_of_the_customers_territory_engages_and_the_partner_sees_Microsoft_engaged()
    {
        var created = await _cluster.Client.CreateReferral(A, Requests.CoSell());
        Assert.Contains(created.Microsoft.SellerId, new[] { Actors.SellerUs, Actors.SellerUs2 });
        var seller = Actors.Seller(created.Microsoft.SellerId!);
        var request = await InboundOf(seller);
        await _cluster.Client.Accept(seller, request.Id);

        var deal = await _cluster.Client.GetReferral(A, created.Id);
        Assert.Equal(MicrosoftStatus.Engaged, deal.Microsoft.Status);
        Assert.Contains(await _cluster.Client.GetNotifications(Actors.AdminOf(Actors.PartnerA)), n => n.Kind == NotificationKind.SellerEngaged);

        var other = Actors.Seller(created.Microsoft.SellerId == Actors.SellerUs ? Actors.SellerUs2 : Actors.SellerUs);
        var error = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.GetReferral(other, request.Id));
        Assert.Equal(ErrorCode.NotFound, error.Code);
    }

    [Fact]
    public async Task R5_a_seller_invites_a_partner_into_Microsofts_deal_inbound_co_sell()
    {
        var seller = Actors.Seller(Actors.SellerUs);
        var created = await _cluster.Client.CreateReferral(seller, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB) with { Solutions = ["sol-msft"] }) with { Solutions = ["sol-msft"] });
        Assert.Equal(Organizations.Microsoft, created.OrganizationId);
        Assert.Equal(DealType.CoSell, created.DealType);

        var inbound = await InboundOf(B);
        Assert.Equal(DealType.CoSell, inbound.DealType);
        Assert.Equal(Organizations.Microsoft, inbound.InviteContext!.InvitedByOrganizationId);
        Assert.Equal(MicrosoftStatus.Engaged, inbound.Microsoft.Status);
        Assert.Single((await _cluster.Client.ListReferrals(seller, new ReferralQuery { Direction = ReferralDirection.Outgoing })).Items);

        var receiverCannotInvite = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.Invite(B, inbound.Id, Requests.PartnerInvitation(Actors.PartnerC)));
        Assert.Equal("R27", receiverCannotInvite.Target);
    }

    [Fact]
    public async Task R21_windows_opened_at_different_times_on_one_desk_each_expire_at_their_own_deadline()
    {
        var first = await _cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)) with { Name = "first" });
        _cluster.Clock.Advance(TimeSpan.FromHours(6));
        var second = await _cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)) with { Name = "second" });
        _cluster.Clock.Advance(TimeSpan.FromHours(6));
        var third = await _cluster.Client.CreateReferral(Actors.AdminOf(Actors.PartnerC), Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)) with { Name = "third" });
        string Inbound(Referral outbound) => $"{outbound.Id}-{Actors.PartnerB}";
        Task<Referral> Get(Referral outbound) => _cluster.Client.GetReferral(B, Inbound(outbound));

        _cluster.Clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1));
        await Eventually.Ticking(_cluster.Clock, () => Get(first), r => r.Substatus == Substatus.Expired, "the first window's expiry");
        Assert.Equal(Substatus.Received, (await Get(second)).Substatus);
        Assert.Equal(Substatus.Received, (await Get(third)).Substatus);

        // Before each jump of the clock, the desk's tick must have set its reminder for the next deadline: a jump
        // while it is still finishing would re-arm the reminder from the jumped time (a test artefact; real time
        // does not jump). Each wait ticks the clock on as the first does: a reminder wait armed after the jump fires
        // at its next one-minute tick (a plain 20 s wait for the third expiry timed out once under load).
        await DeskWindowReminderAt(Actors.PartnerB, CoSellCluster.Start.AddHours(6).AddDays(14));
        _cluster.Clock.Advance(TimeSpan.FromHours(6));
        await Eventually.Ticking(_cluster.Clock, () => Get(second), r => r.Substatus == Substatus.Expired, "the second window's expiry");
        Assert.Equal(Substatus.Received, (await Get(third)).Substatus);

        await DeskWindowReminderAt(Actors.PartnerB, CoSellCluster.Start.AddHours(12).AddDays(14));
        _cluster.Clock.Advance(TimeSpan.FromHours(6));
        var expired = await Eventually.Ticking(_cluster.Clock, () => Get(third), r => r.Substatus == Substatus.Expired, "the third window's expiry");
        Assert.Equal(CoSellCluster.Start.AddHours(12).AddDays(14), expired.ExpirationDateTime);
    }

    private async Task DeskWindowReminderAt(string partnerId, DateTimeOffset deadline)
    {
        var table = _cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService<Orleans.IReminderTable>();
        var desk = _cluster.Grains.GetGrain<IPartnerGrain>(partnerId).GetGrainId();
        await Eventually.Until(async () => (await table.ReadRow(desk, Grains.Desks.ResponseWindows.ReminderName))?.StartAt,
            startAt => startAt == deadline.UtcDateTime, $"the desk's window reminder set for {deadline:O}");
    }

    [Fact]
    public async Task R21_a_tick_arriving_after_an_accept_changes_nothing()
    {
        await _cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        var inbound = await InboundOf(B);
        var accepted = await _cluster.Client.Accept(B, inbound.Id);

        _cluster.Clock.Advance(TimeSpan.FromDays(20));
        var now = _cluster.Clock.GetUtcNow().UtcDateTime;
        var desk = _cluster.Grains.GetGrain<IPartnerGrain>(Actors.PartnerB).AsReference<IRemindable>();
        await desk.ReceiveReminder(Grains.Desks.ResponseWindows.ReminderName, new TickStatus(now, TimeSpan.FromMinutes(1), now));
        await desk.ReceiveReminder(Grains.Desks.ResponseWindows.ReminderName, new TickStatus(now, TimeSpan.FromMinutes(1), now));
        Assert.Equal(Substatus.Accepted, (await _cluster.Grains.GetGrain<IDeskReferral>(ReferralKeys.For(Actors.PartnerB, null, inbound.Id)).ExpireIfDue())?.Substatus);

        var after = await _cluster.Client.GetReferral(B, inbound.Id);
        Assert.Equal(Substatus.Accepted, after.Substatus);
        Assert.Equal(accepted.ETag, after.ETag);
        Assert.DoesNotContain(await _cluster.Client.GetNotifications(Actors.AdminOf(Actors.PartnerA)), n => n.Kind == NotificationKind.ReferralExpired);
    }

    [Fact]
    public async Task R27_inviting_after_creation_turns_a_private_deal_into_co_sell_and_routes_the_request()
    {
        var created = await _cluster.Client.CreateReferral(A, Requests.Private() with { Customer = new CustomerInput("c-100", Requests.Ann), Consent = new Consent(true) });
        Assert.Equal(DealType.Private, created.DealType);
        var invited = await _cluster.Client.Invite(A, created.Id, Requests.MicrosoftInvitation(), created.ETag);
        Assert.Equal(DealType.CoSell, invited.DealType);
        Assert.Equal(MicrosoftStatus.Requested, invited.Microsoft.Status);

        var again = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.Invite(A, created.Id, Requests.MicrosoftInvitation()));
        Assert.Equal(ErrorCode.Conflict, again.Code);
        var inboundCannotInvite = await Assert.ThrowsAsync<CoSellException>(async () =>
        {
            await _cluster.Client.CreateReferral(A, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
            var inbound = await InboundOf(B);
            await _cluster.Client.Invite(B, inbound.Id, Requests.PartnerInvitation(Actors.PartnerC));
        });
        Assert.Equal("R27", inboundCannotInvite.Target);
    }

    [Fact]
    public async Task R24_R25_R35_stages_then_won_recorded_in_history()
    {
        var created = await _cluster.Client.CreateReferral(A, Requests.Private());
        var qualified = await _cluster.Client.Update(A, created.Id, new UpdateReferralRequest { SalesStage = SalesStage.Qualified, IfMatch = created.ETag });
        Assert.Equal(20, qualified.SalesStagePercent);
        var won = await _cluster.Client.Close(A, created.Id, new CloseReferralRequest(CloseOutcome.Won, IfMatch: qualified.ETag));
        Assert.Equal(Substatus.Won, won.Substatus);
        var history = await _cluster.Client.GetHistory(A, created.Id);
        Assert.Equal(["created", "updated", "won"], history.Select(h => h.Action));
    }

    [Fact]
    public async Task R32_favorites_are_per_user_and_other_organizations_get_not_found()
    {
        var created = await _cluster.Client.CreateReferral(A, Requests.Private());
        await _cluster.Client.SetFavorite(A, created.Id, true);
        await _cluster.Client.SetFavorite(A, created.Id, true);
        Assert.True((await _cluster.Client.GetReferral(A, created.Id)).Favorite);
        Assert.Single((await _cluster.Client.ListReferrals(A, new ReferralQuery { Favorites = true })).Items);
        Assert.Empty((await _cluster.Client.ListReferrals(Actors.AdminOf(Actors.PartnerA, user: "bob"), new ReferralQuery { Favorites = true })).Items);

        var foreign = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.SetFavorite(B, created.Id, true));
        Assert.Equal(ErrorCode.NotFound, foreign.Code);
        var read = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.GetReferral(B, created.Id));
        Assert.Equal(ErrorCode.NotFound, read.Code);
    }

    [Fact]
    public async Task R12_recent_contacts_offer_the_team_most_recent_first()
    {
        await _cluster.Client.CreateReferral(A, Requests.Private());
        await _cluster.Client.CreateReferral(A, Requests.Private() with { Team = [Requests.Ann] });
        var recent = await _cluster.Client.GetRecentContacts(A);
        Assert.Equal([Requests.Ann.Email, Requests.Bo.Email], recent.Select(c => c.Email));
    }
}
