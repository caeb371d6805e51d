using CoSell.Grains.Domain;
using CoSell.Testing;
using static CoSell.Tests.Domain.DomainFixtures;

namespace CoSell.Tests.Domain;

/// <summary>Copy as new: mistakes in final states without breaking R26 (issue 16, point 6).</summary>
public sealed class ReferralCopyTests
{
    [Fact]
    public void R26_a_lost_deal_is_copied_with_its_customer_details_team_and_solutions_and_linked_without_a_new_version()
    {
        var lost = Outbound(Requests.CoSell());
        ReferralClosing.Close(lost, A, new CloseReferralRequest(CloseOutcome.Lost, "Clicked the wrong button"), Now);
        var version = lost.Version;

        var create = ReferralCopy.Request(lost, A, new CopyReferralRequest(ClosingDate: new DateOnly(2027, 9, 30)));
        Assert.Equal((lost.Name, lost.CustomerProfile!.CustomerId, lost.Id), (create.Name, create.Customer!.CustomerId, create.CopyOf));
        Assert.Equal(lost.Team, create.Team);
        Assert.Equal(lost.Solutions.Select(s => s.Id), create.Solutions);
        Assert.Equal((lost.Details!.DealValue, new DateOnly(2027, 9, 30)), (create.Details!.DealValue, create.Details.ClosingDate));
        Assert.Null(create.Invitations);

        Assert.True(ReferralCopy.Link(lost, A, "copy-1", Now));
        Assert.False(ReferralCopy.Link(lost, A, "copy-1", Now));
        Assert.Equal(version, lost.Version);
        Assert.Equal((ReferralCopy.CopiedAction, version), (lost.History[^1].Action, lost.History[^1].Version));
        Assert.Equal(Substatus.Lost, lost.Substatus);
    }

    [Fact]
    public void R26_an_open_referral_is_worked_not_copied_and_a_reader_copies_nothing()
    {
        var open = Outbound();
        RuleAssert.RejectsUnchanged(open, ErrorCode.InvalidStateTransition, "R26", () => ReferralCopy.Request(open, A, null));
        ReferralClosing.Close(open, A, new CloseReferralRequest(CloseOutcome.Won), Now);
        RuleAssert.RejectsUnchanged(open, ErrorCode.AccessDenied, "role", () => ReferralCopy.Request(open, Actors.ReaderOf(Actors.PartnerA), null));
    }

    [Fact]
    public void R12_R20_a_declined_invitation_without_a_team_of_ones_own_needs_one_for_the_copy()
    {
        var declined = Inbound();
        InboundResponse.Decline(declined, Actors.AdminOf(Actors.PartnerB), new DeclineReferralRequest(DeclineReason.NotMyExpertise), Now);
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "team", () => ReferralCopy.Request(declined, Actors.AdminOf(Actors.PartnerB), null));
        var create = ReferralCopy.Request(declined, Actors.AdminOf(Actors.PartnerB), new CopyReferralRequest(Team: [Requests.Ann]));
        Assert.Equal([Requests.Ann], create.Team);
    }
}
