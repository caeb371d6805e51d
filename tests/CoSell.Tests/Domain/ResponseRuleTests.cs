using CoSell.Grains.Domain;
using CoSell.Testing;
using static CoSell.Tests.Domain.DomainFixtures;

namespace CoSell.Tests.Domain;

/// <summary>Receiving and answering invitations: R18–R22.</summary>
public sealed class ResponseRuleTests
{
    private static Actor B => Actors.AdminOf(Actors.PartnerB);

    [Theory]
    [InlineData(Actors.PartnerB)]
    [InlineData(Organizations.Microsoft)]
    public void R28_the_engagement_entry_a_desk_reports_for_a_receipt_is_the_one_the_received_referral_shows(string invitee)
    {
        var source = DomainFixtures.Outbound(invitee == Organizations.Microsoft ? Requests.CoSell() : Requests.P2P(Requests.PartnerInvitation(invitee)));
        var draft = OutboundReferral.Deliveries(source).Single() with { SellerId = invitee == Organizations.Microsoft ? Actors.SellerUs : null };
        var received = new ReferralState();
        InboundResponse.Receive(received, draft, DomainFixtures.Now.AddDays(14), DomainFixtures.Now);

        Assert.Equal(ReferralProjection.ToEngagementEntry(received), InboundResponse.ReceiptEntry(draft));
        Assert.Equal(Substatus.Received, InboundResponse.ReceiptEntry(draft).Substatus);
    }

    [Fact]
    public void R18_invitation_becomes_a_Received_referral_in_the_addressed_tenant_with_a_deadline_and_a_notification()
    {
        var state = Inbound();
        Assert.Equal(Substatus.Received, state.Substatus);
        Assert.Equal(ReferralStatus.New, state.Status);
        Assert.Equal(ReferralDirection.Incoming, state.Direction);
        Assert.Equal(Actors.PrimaryTenant(Actors.PartnerB), state.TenantId);
        Assert.Equal(Now.AddDays(14), state.ExpirationDateTime);
        var notice = Assert.Single(state.PendingNotifications);
        Assert.Equal(NotificationKind.ReferralReceived, notice.Kind);
        Assert.Contains("admin@b.example", notice.Recipients);
    }

    [Fact]
    public void R18_an_invitation_to_a_tenant_the_partner_lacks_is_rejected()
    {
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "invitations[0].tenantId",
            () => Plan(Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB, "t-other"))));
    }

    [Fact]
    public void R19_accept_sets_own_terms_moves_to_Accepted_10_and_notifies_the_sender()
    {
        var state = Inbound();
        InboundResponse.Accept(state, B, new AcceptReferralRequest("Northwind for Contoso", new DealDetailsInput(DealValue: 55_000m), [Requests.Ann]), Now.AddDays(1));
        Assert.Equal(Substatus.Accepted, state.Substatus);
        Assert.Equal(ReferralStatus.Active, state.Status);
        Assert.Equal(SalesStage.Accepted, state.SalesStage);
        Assert.Equal("Northwind for Contoso", state.Name);
        Assert.Equal(55_000m, state.Details!.DealValue);
        Assert.Null(state.ExpirationDateTime);
        var notice = state.PendingNotifications.Last();
        Assert.Equal(NotificationKind.ReferralAccepted, notice.Kind);
        Assert.Equal(Actors.PartnerA, notice.RecipientOrganizationId);
    }

    [Fact]
    public void R19_accept_with_an_invalid_team_or_of_an_outbound_referral_is_rejected()
    {
        var state = Inbound();
        RuleAssert.RejectsUnchanged(state, ErrorCode.ValidationFailed, "team[0].email",
            () => InboundResponse.Accept(state, B, new AcceptReferralRequest(Team: [Requests.Ann with { Email = "x" }]), Now));
        var outbound = Outbound();
        RuleAssert.RejectsUnchanged(outbound, ErrorCode.InvalidStateTransition, "R19",
            () => InboundResponse.Accept(outbound, A, new AcceptReferralRequest(), Now));
    }

    [Fact]
    public void R20_decline_with_reason_closes_as_Declined_and_notifies_the_sender()
    {
        var state = Inbound();
        InboundResponse.Decline(state, B, new DeclineReferralRequest(DeclineReason.NotMyExpertise, "we do not do ETL"), Now);
        Assert.Equal(Substatus.Declined, state.Substatus);
        Assert.Equal(ReferralStatus.Closed, state.Status);
        Assert.StartsWith("NotMyExpertise", state.StatusReason);
        Assert.Equal(NotificationKind.ReferralDeclined, state.PendingNotifications.Last().Kind);
    }

    [Fact]
    public void R20_decline_needs_a_reason_and_Other_needs_notes()
    {
        var state = Inbound();
        RuleAssert.RejectsUnchanged(state, ErrorCode.ValidationFailed, "reason",
            () => InboundResponse.Decline(state, B, new DeclineReferralRequest(null), Now));
        RuleAssert.RejectsUnchanged(state, ErrorCode.ValidationFailed, "notes",
            () => InboundResponse.Decline(state, B, new DeclineReferralRequest(DeclineReason.Other), Now));
    }

    [Fact]
    public void R21_expires_at_the_deadline_and_notifies_the_sender()
    {
        var state = Inbound();
        Assert.True(InboundResponse.Expire(state, Now.AddDays(14)));
        Assert.Equal(Substatus.Expired, state.Substatus);
        Assert.Equal(NotificationKind.ReferralExpired, state.PendingNotifications.Last().Kind);
    }

    [Fact]
    public void R21_no_expiry_before_the_deadline_nor_after_a_response()
    {
        var early = Inbound();
        var before = Fingerprint(early);
        Assert.False(InboundResponse.Expire(early, Now.AddDays(14).AddTicks(-1)));
        Assert.Equal(before, Fingerprint(early));

        var answered = Inbound();
        InboundResponse.Accept(answered, B, new AcceptReferralRequest(), Now.AddDays(1));
        var afterAccept = Fingerprint(answered);
        Assert.False(InboundResponse.Expire(answered, Now.AddDays(30)));
        Assert.Equal(afterAccept, Fingerprint(answered));
    }

    [Fact]
    public void R22_seller_engaging_notifies_the_partner_as_engagement()
    {
        var request = Inbound(Organizations.Microsoft);
        Assert.Equal(Actors.SellerUs, request.SellerId);
        InboundResponse.Accept(request, Actors.Seller(Actors.SellerUs), new AcceptReferralRequest(), Now);
        Assert.Equal(NotificationKind.SellerEngaged, request.PendingNotifications.Last().Kind);
        Assert.Equal(Actors.PartnerA, request.PendingNotifications.Last().RecipientOrganizationId);
    }

    [Fact]
    public void R22_a_decided_request_takes_no_second_decision_and_another_seller_cannot_see_it()
    {
        var request = Inbound(Organizations.Microsoft);
        InboundResponse.Decline(request, Actors.Seller(Actors.SellerUs), new DeclineReferralRequest(DeclineReason.CustomerNotReady), Now);
        Assert.Equal(NotificationKind.SellerDeclined, request.PendingNotifications.Last().Kind);
        RuleAssert.RejectsUnchanged(request, ErrorCode.TerminalState, "R26",
            () => ReferralGuards.EnsureChangeable(request, Actors.Seller(Actors.SellerUs), request.Id, null));
        RuleAssert.Rejects(ErrorCode.NotFound, "referralId",
            () => ReferralGuards.EnsureVisibleTo(request, Actors.Seller(Actors.SellerUs2), request.Id));
    }

    [Fact]
    public void R22_seller_window_lapses_and_the_partner_is_told_its_deal_is_unchanged()
    {
        var request = Inbound(Organizations.Microsoft);
        Assert.False(InboundResponse.Expire(request, Now.AddDays(13)));
        Assert.True(InboundResponse.Expire(request, Now.AddDays(14)));
        var notice = request.PendingNotifications.Last();
        Assert.Equal(NotificationKind.SellerLapsed, notice.Kind);
        Assert.Contains("unchanged", notice.Summary);
    }
}
