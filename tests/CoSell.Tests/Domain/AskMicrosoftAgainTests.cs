using CoSell.Grains.Domain;
using CoSell.Grains.Engagements;
using CoSell.Testing;
using static CoSell.Tests.Domain.DomainFixtures;

namespace CoSell.Tests.Domain;

/// <summary>After Microsoft declined or let a co-sell request lapse, the partner may ask again once (R22, R27; issue 16, point 2).</summary>
public sealed class AskMicrosoftAgainTests
{
    [Theory]
    [InlineData(MicrosoftStatus.Declined, 1, true)]
    [InlineData(MicrosoftStatus.Lapsed, 1, true)]
    [InlineData(MicrosoftStatus.Requested, 1, false)]
    [InlineData(MicrosoftStatus.Engaged, 1, false)]
    [InlineData(MicrosoftStatus.Declined, 2, false)]
    public void R22_a_co_sell_deal_may_ask_Microsoft_again_once_after_a_decline_or_lapse(MicrosoftStatus status, int requests, bool may)
    {
        Assert.Equal(may, InvitationTable.MayAskMicrosoftAgain(DealType.CoSell, status, requests));
        Assert.False(InvitationTable.MayAskMicrosoftAgain(DealType.PartnerToPartner, status, requests));
    }

    [Fact]
    public void R22_R27_asking_again_is_a_new_request_with_an_id_of_its_own_and_the_deal_stays_co_sell()
    {
        var deal = Outbound(Requests.CoSell());
        var again = Requests.MicrosoftInvitation() with { HelpType = HelpType.CustomerTechnicalArchitecture, Notes = "now with a budget" };
        var planned = ReferralCreation.PlanInvitation(again, "invitation", deal.Id, deal.Details!, deal.Team, Context(), askingMicrosoftAgain: true);
        Assert.Equal($"{deal.Id}-msft-2", planned.ReferralId);
        Assert.Equal(HelpType.CustomerTechnicalArchitecture, planned.HelpType);

        Assert.Equal(DealType.CoSell, InvitationPolicy.Check(deal, Organizations.Microsoft, MicrosoftStatus.Declined, planned.ReferralId));
        InvitationPolicy.Apply(deal, A, planned, DealType.CoSell, Now);
        Assert.Contains("Invited msft again", deal.History[^1].Description, StringComparison.Ordinal);
        Assert.Equal(2, deal.Invitations.Count(i => i.InviteeOrganizationId == Organizations.Microsoft));
    }

    [Fact]
    public void R22_R27_Microsoft_is_not_asked_again_while_its_request_is_open_or_engaged_nor_a_third_time()
    {
        var deal = Outbound(Requests.CoSell());
        var second = ReferralIds.ForMicrosoftAgain(deal.Id);
        RuleAssert.RejectsUnchanged(deal, ErrorCode.Conflict, "invitee", () => InvitationPolicy.Check(deal, Organizations.Microsoft, MicrosoftStatus.Requested, second));
        RuleAssert.RejectsUnchanged(deal, ErrorCode.Conflict, "invitee", () => InvitationPolicy.Check(deal, Organizations.Microsoft, MicrosoftStatus.Engaged, second));
        // Planned while Microsoft's answer was still open (the first request's id): refused rather than delivered twice.
        RuleAssert.RejectsUnchanged(deal, ErrorCode.Conflict, "invitee",
            () => InvitationPolicy.Check(deal, Organizations.Microsoft, MicrosoftStatus.Declined, ReferralIds.ForInvitation(deal.Id, Organizations.Microsoft)));

        var planned = ReferralCreation.PlanInvitation(Requests.MicrosoftInvitation(), "invitation", deal.Id, deal.Details!, deal.Team, Context(), askingMicrosoftAgain: true);
        InvitationPolicy.Apply(deal, A, planned, DealType.CoSell, Now);
        var error = RuleAssert.RejectsUnchanged(deal, ErrorCode.Conflict, "invitee", () => InvitationPolicy.Check(deal, Organizations.Microsoft, MicrosoftStatus.Lapsed, second));
        Assert.Contains("at most twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R28_the_Microsoft_card_shows_the_latest_request()
    {
        var engagement = new EngagementState();
        engagement.Report(new EngagementEntry("e-msft", Organizations.Microsoft, "Microsoft", Actors.SellerUs, ReferralStatus.Closed, Substatus.Declined, 2));
        engagement.Report(new EngagementEntry("e-msft-2", Organizations.Microsoft, "Microsoft", Actors.SellerUs2, ReferralStatus.New, Substatus.Received, 1));
        var card = engagement.View("e").Microsoft;
        Assert.Equal((MicrosoftStatus.Requested, Actors.SellerUs2), (card.Status, card.SellerId));
    }
}
