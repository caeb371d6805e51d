using CoSell.Grains.Domain;
using CoSell.Testing;
using static CoSell.Tests.Domain.DomainFixtures;

namespace CoSell.Tests.Domain;

/// <summary>Working an accepted referral: R23–R29.</summary>
public sealed class WorkingRuleTests
{
    private static void Edit(ReferralState state, UpdateReferralRequest request) => ReferralEditing.Apply(state, A, request, Solutions, Now);

    [Fact]
    public void R23_owner_edits_name_details_team_and_solutions_while_Accepted()
    {
        var state = Outbound();
        Edit(state, new UpdateReferralRequest
        {
            Name = "Renamed",
            Details = new DealDetailsInput(DealValue: 300_000m, Notes: "bigger"),
            Team = [Requests.Bo, Requests.Ann],
            Solutions = ["sol-a", "sol-msft"],
        });
        Assert.Equal("Renamed", state.Name);
        Assert.Equal(300_000m, state.Details!.DealValue);
        Assert.Equal("bigger", state.Details.Notes);
        Assert.Equal(2, state.Team.Count);
        Assert.Equal(2, state.Solutions.Count);
        Assert.Equal("updated", state.History.Last().Action);
    }

    [Fact]
    public void R23_edits_keep_a_team_member_and_a_solution_and_need_Accepted()
    {
        var state = Outbound();
        RuleAssert.RejectsUnchanged(state, ErrorCode.ValidationFailed, "team", () => Edit(state, new UpdateReferralRequest { Team = [] }));
        RuleAssert.RejectsUnchanged(state, ErrorCode.ValidationFailed, "solutions", () => Edit(state, new UpdateReferralRequest { Solutions = [] }));
        RuleAssert.RejectsUnchanged(state, ErrorCode.ValidationFailed, "details.dealValue",
            () => Edit(state, new UpdateReferralRequest { Details = new DealDetailsInput(DealValue: -1m) }));
        var received = Inbound();
        RuleAssert.RejectsUnchanged(received, ErrorCode.InvalidStateTransition, "R23", () => Edit(received, new UpdateReferralRequest { Name = "x" }));
    }

    [Fact]
    public void R23_R17_an_assessment_keeps_exactly_one_assessment_type()
    {
        var state = Assessment();
        Edit(state, new UpdateReferralRequest { Solutions = ["sol-sa2"] });
        Assert.Equal("sol-sa2", state.Solutions.Single().Id);
        RuleAssert.RejectsUnchanged(state, ErrorCode.ValidationFailed, "solutions", () => Edit(state, new UpdateReferralRequest { Solutions = ["sol-sa", "sol-a"] }));
    }

    [Fact]
    public void R24_stages_move_forward_and_may_skip()
    {
        var state = Outbound();
        Edit(state, new UpdateReferralRequest { SalesStage = SalesStage.Developed });
        Assert.Equal(SalesStage.Developed, state.SalesStage);
        Assert.Equal(40, SalesStages.Percent(state.SalesStage));
        Edit(state, new UpdateReferralRequest { SalesStage = SalesStage.Negotiating });
        Assert.Equal(80, SalesStages.Percent(state.SalesStage));
    }

    [Fact]
    public void R24_stages_never_move_back_and_Won_comes_from_closing()
    {
        var state = Outbound();
        Edit(state, new UpdateReferralRequest { SalesStage = SalesStage.Proposed });
        RuleAssert.RejectsUnchanged(state, ErrorCode.InvalidStateTransition, "salesStage", () => Edit(state, new UpdateReferralRequest { SalesStage = SalesStage.Qualified }));
        RuleAssert.RejectsUnchanged(state, ErrorCode.InvalidStateTransition, "salesStage", () => Edit(state, new UpdateReferralRequest { SalesStage = SalesStage.Won }));
        RuleAssert.RejectsUnchanged(state, ErrorCode.InvalidStateTransition, "salesStage", () => Edit(state, new UpdateReferralRequest { SalesStage = SalesStage.AssessmentRequested }));
    }

    [Fact]
    public void R25_close_as_Won_or_Lost_with_reason()
    {
        var won = Outbound();
        ReferralClosing.Close(won, A, new CloseReferralRequest(CloseOutcome.Won), Now);
        Assert.Equal(Substatus.Won, won.Substatus);
        Assert.Equal(SalesStage.Won, won.SalesStage);
        Assert.Equal(100, SalesStages.Percent(won.SalesStage));

        var lost = Outbound();
        ReferralClosing.Close(lost, A, new CloseReferralRequest(CloseOutcome.Lost, "budget cut"), Now);
        Assert.Equal(Substatus.Lost, lost.Substatus);
        Assert.Equal("budget cut", lost.StatusReason);
    }

    [Fact]
    public void R25_Lost_needs_a_reason_and_an_outcome_is_required()
    {
        var state = Outbound();
        RuleAssert.RejectsUnchanged(state, ErrorCode.ValidationFailed, "reason", () => ReferralClosing.Close(state, A, new CloseReferralRequest(CloseOutcome.Lost), Now));
        RuleAssert.RejectsUnchanged(state, ErrorCode.ValidationFailed, "outcome", () => ReferralClosing.Close(state, A, new CloseReferralRequest(null), Now));
        var received = Inbound();
        RuleAssert.RejectsUnchanged(received, ErrorCode.InvalidStateTransition, "R25", () => ReferralClosing.Close(received, A, new CloseReferralRequest(CloseOutcome.Won), Now));
    }

    [Fact]
    public void R26_non_terminal_referrals_are_changeable()
    {
        ReferralGuards.EnsureChangeable(Outbound(), A, "ref-1", null);
        ReferralGuards.EnsureChangeable(Inbound(), Actors.AdminOf(Actors.PartnerB), "ref-1-2222222", null);
    }

    [Theory]
    [InlineData(Substatus.Won)]
    [InlineData(Substatus.Lost)]
    [InlineData(Substatus.Declined)]
    [InlineData(Substatus.Expired)]
    public void R26_terminal_referrals_reject_every_change(Substatus terminal)
    {
        var state = terminal is Substatus.Won or Substatus.Lost ? Outbound() : Inbound();
        var owner = terminal is Substatus.Won or Substatus.Lost ? A : Actors.AdminOf(Actors.PartnerB);
        switch (terminal)
        {
            case Substatus.Won: ReferralClosing.Close(state, owner, new CloseReferralRequest(CloseOutcome.Won), Now); break;
            case Substatus.Lost: ReferralClosing.Close(state, owner, new CloseReferralRequest(CloseOutcome.Lost, "x"), Now); break;
            case Substatus.Declined: InboundResponse.Decline(state, owner, new DeclineReferralRequest(DeclineReason.DuplicateDeal), Now); break;
            default: InboundResponse.Expire(state, Now.AddDays(15)); break;
        }

        RuleAssert.RejectsUnchanged(state, ErrorCode.TerminalState, "R26", () => ReferralGuards.EnsureChangeable(state, owner, state.Id, null));
    }

    [Fact]
    public void R27_invitations_after_creation_follow_the_table()
    {
        var contactAndConsent = Requests.Private() with { Customer = new CustomerInput("c-100", Requests.Ann), Consent = new Consent(true) };
        Assert.Equal(DealType.CoSell, InvitationPolicy.Check(Outbound(contactAndConsent), Organizations.Microsoft));
        Assert.Equal(DealType.PartnerToPartner, InvitationPolicy.Check(Outbound(), Actors.PartnerB));
        Assert.Equal(DealType.CoSell, InvitationPolicy.Check(Outbound(Requests.CoSell()), Actors.PartnerB));
        var p2p = Outbound(contactAndConsent with { Invitations = [Requests.PartnerInvitation(Actors.PartnerB)] });
        Assert.Equal(DealType.CoSell, InvitationPolicy.Check(p2p, Organizations.Microsoft));
        Assert.Equal(DealType.PartnerToPartner, InvitationPolicy.Check(p2p, Actors.PartnerC));
    }

    [Fact]
    public void R27_no_second_invitation_of_a_party_no_invitations_from_a_receiver_or_into_an_assessment()
    {
        var p2p = Outbound(Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        RuleAssert.RejectsUnchanged(p2p, ErrorCode.Conflict, "invitee", () => InvitationPolicy.Check(p2p, Actors.PartnerB));
        var coSell = Outbound(Requests.CoSell());
        RuleAssert.RejectsUnchanged(coSell, ErrorCode.Conflict, "invitee", () => InvitationPolicy.Check(coSell, Organizations.Microsoft));
        var inbound = Inbound();
        RuleAssert.RejectsUnchanged(inbound, ErrorCode.InvalidStateTransition, "R27", () => InvitationPolicy.Check(inbound, Actors.PartnerC));
        var assessment = Assessment();
        RuleAssert.RejectsUnchanged(assessment, ErrorCode.InvalidStateTransition, "R27", () => InvitationPolicy.Check(assessment, Actors.PartnerB));
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "invitations[1].invitee",
            () => Plan(Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB), Requests.PartnerInvitation(Actors.PartnerB))));
    }

    [Fact]
    public void R28_engagement_shows_every_party_and_the_Microsoft_card()
    {
        var engagement = new EngagementState();
        var owner = Outbound(Requests.CoSell());
        var microsoft = Inbound(Organizations.Microsoft);
        engagement.Report(ReferralProjection.ToEngagementEntry(owner));
        engagement.Report(ReferralProjection.ToEngagementEntry(microsoft));
        Assert.Equal(MicrosoftStatus.Requested, engagement.View(owner.Id).Microsoft.Status);

        InboundResponse.Accept(microsoft, Actors.Seller(Actors.SellerUs), new AcceptReferralRequest(), Now);
        engagement.Report(ReferralProjection.ToEngagementEntry(microsoft));
        var view = engagement.View(owner.Id);
        Assert.Equal(MicrosoftStatus.Engaged, view.Microsoft.Status);
        Assert.Equal(Actors.SellerUs, view.Microsoft.SellerId);
        Assert.Equal(2, view.Participants.Count);
    }

    [Fact]
    public void R28_a_late_older_status_never_overwrites_a_newer_one()
    {
        var engagement = new EngagementState();
        var inbound = Inbound();
        var received = ReferralProjection.ToEngagementEntry(inbound);
        InboundResponse.Accept(inbound, Actors.AdminOf(Actors.PartnerB), new AcceptReferralRequest(), Now);
        Assert.True(engagement.Report(ReferralProjection.ToEngagementEntry(inbound)));
        Assert.False(engagement.Report(received));
        Assert.Equal(Substatus.Accepted, engagement.View("e").Participants.Single().Substatus);
    }

    [Fact]
    public void R29_assessment_stages_in_order_then_Won()
    {
        var state = Assessment();
        foreach (var stage in SalesStages.Assessment)
        {
            Edit(state, new UpdateReferralRequest { SalesStage = stage });
        }

        ReferralClosing.Close(state, A, new CloseReferralRequest(CloseOutcome.Won), Now);
        Assert.Equal(Substatus.Won, state.Substatus);
    }

    [Fact]
    public void R29_assessment_stages_cannot_skip_and_Won_needs_them_all()
    {
        var state = Assessment();
        RuleAssert.RejectsUnchanged(state, ErrorCode.InvalidStateTransition, "salesStage",
            () => Edit(state, new UpdateReferralRequest { SalesStage = SalesStage.AssessmentScheduled }));
        RuleAssert.RejectsUnchanged(state, ErrorCode.InvalidStateTransition, "salesStage",
            () => Edit(state, new UpdateReferralRequest { SalesStage = SalesStage.Qualified }));
        Edit(state, new UpdateReferralRequest { SalesStage = SalesStage.AssessmentRequested });
        RuleAssert.RejectsUnchanged(state, ErrorCode.InvalidStateTransition, "R29",
            () => ReferralClosing.Close(state, A, new CloseReferralRequest(CloseOutcome.Won), Now));
    }

    [Fact]
    public void R10_inviting_Microsoft_after_creation_needs_the_customer_contact_and_consent_as_at_creation()
    {
        var bare = DomainFixtures.Outbound();
        RuleAssert.RejectsUnchanged(bare, ErrorCode.ValidationFailed, "customerProfile.contact", () => InvitationPolicy.Check(bare, Organizations.Microsoft));

        var withoutConsent = DomainFixtures.Outbound(Requests.Private() with { Customer = new CustomerInput("c-100", Requests.Ann) });
        RuleAssert.RejectsUnchanged(withoutConsent, ErrorCode.ValidationFailed, "consent.consentToShareInfoWithMicrosoft",
            () => InvitationPolicy.Check(withoutConsent, Organizations.Microsoft));

        var ready = DomainFixtures.Outbound(Requests.Private() with { Customer = new CustomerInput("c-100", Requests.Ann), Consent = new Consent(true) });
        Assert.Equal(DealType.CoSell, InvitationPolicy.Check(ready, Organizations.Microsoft));
        Assert.Equal(DealType.PartnerToPartner, InvitationPolicy.Check(bare, Actors.PartnerB));
    }
}
