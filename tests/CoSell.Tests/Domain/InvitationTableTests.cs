using CoSell.Grains.Domain;
using CoSell.Testing;

namespace CoSell.Tests.Domain;

/// <summary>What a front-end offers to invite (<see cref="InvitationTable"/>) is what R27's rule allows (<see cref="InvitationPolicy"/>).</summary>
public sealed class InvitationTableTests
{
    public static TheoryData<string> States => ["private", "p2p", "co-sell", "assessment", "inbound"];

    [Theory]
    [MemberData(nameof(States))]
    public void R27_every_invitation_offered_passes_the_rule_and_every_one_withheld_is_refused(string kind)
    {
        var contactAndConsent = Requests.Private() with { Customer = new CustomerInput("c-100", Requests.Ann), Consent = new Consent(true) };
        var state = kind switch
        {
            "private" => DomainFixtures.Outbound(contactAndConsent),
            "p2p" => DomainFixtures.Outbound(contactAndConsent with { Invitations = [Requests.PartnerInvitation(Actors.PartnerB)] }),
            "co-sell" => DomainFixtures.Outbound(Requests.CoSell()),
            "assessment" => DomainFixtures.Assessment(),
            _ => DomainFixtures.Inbound(),
        };

        var takes = InvitationTable.TakesInvitations(state.Direction, state.DealType, ReferralStatus.Active);
        Assert.Equal(takes, Passes(() => InvitationPolicy.Check(state, Actors.PartnerC)));
        Assert.Equal(takes && InvitationTable.MayInviteMicrosoft(state.DealType), Passes(() => InvitationPolicy.Check(state, Organizations.Microsoft)));
    }

    [Fact]
    public void R26_a_closed_deal_is_offered_no_invitation() =>
        Assert.False(InvitationTable.TakesInvitations(ReferralDirection.Outgoing, DealType.Private, ReferralStatus.Closed));

    private static bool Passes(Func<DealType> check)
    {
        try
        {
            check();
            return true;
        }
        catch (CoSellException)
        {
            return false;
        }
    }
}
