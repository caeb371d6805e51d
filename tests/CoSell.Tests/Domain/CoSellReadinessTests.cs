using CoSell.Grains.Domain;
using CoSell.Testing;
using static CoSell.Tests.Domain.DomainFixtures;

namespace CoSell.Tests.Domain;

/// <summary>Co-sell readiness (R13, R30; issue 16, point 5).</summary>
public sealed class CoSellReadinessTests
{
    [Fact]
    public void R13_a_request_for_Microsofts_help_takes_only_co_sell_ready_solutions()
    {
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "solutions[1]", () => Plan(Requests.CoSell() with { Solutions = ["sol-a", "sol-nr"] }));
        Assert.Equal(DealType.Private, Outbound(Requests.Private() with { Solutions = ["sol-nr"] }).DealType);
        Assert.Equal(DealType.PartnerToPartner, Outbound(Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)) with { Solutions = ["sol-nr"] }).DealType);
    }

    [Fact]
    public void R13_R27_Microsoft_is_not_invited_later_onto_a_deal_with_a_solution_that_is_not_ready()
    {
        var deal = Outbound(Requests.Private() with { Customer = Requests.CoSell().Customer, Consent = new Consent(true), Solutions = ["sol-nr"] });
        RuleAssert.RejectsUnchanged(deal, ErrorCode.ValidationFailed, "solutions[0]", () => InvitationPolicy.Check(deal, Organizations.Microsoft));
    }

    [Fact]
    public void R13_R23_a_deal_that_asked_Microsoft_does_not_take_a_solution_that_is_not_ready()
    {
        var deal = Outbound(Requests.CoSell());
        RuleAssert.RejectsUnchanged(deal, ErrorCode.ValidationFailed, "solutions[1]",
            () => ReferralEditing.Apply(deal, A, new UpdateReferralRequest { Solutions = ["sol-a", "sol-nr"] }, Solutions, Now));
        var p2p = Outbound(Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        ReferralEditing.Apply(p2p, A, new UpdateReferralRequest { Solutions = ["sol-nr"] }, Solutions, Now);
        Assert.Equal("sol-nr", Assert.Single(p2p.Solutions).Id);
    }

    [Fact]
    public void R30_a_private_deal_with_an_incentive_eligible_solution_is_told_it_cannot_be_registered()
    {
        Assert.Equal(ReferralWarning.NotRegistrable, CoSellReadiness.PrivateNotRegistrable(Outbound())?.Code);
        Assert.Null(CoSellReadiness.PrivateNotRegistrable(Outbound(Requests.Private() with { Solutions = ["sol-nr"] })));
        Assert.Null(CoSellReadiness.PrivateNotRegistrable(Outbound(Requests.CoSell())));
    }
}
