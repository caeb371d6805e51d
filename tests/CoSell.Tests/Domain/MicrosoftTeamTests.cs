using CoSell.Grains.Domain;
using CoSell.Testing;
using static CoSell.Tests.Domain.DomainFixtures;

namespace CoSell.Tests.Domain;

/// <summary>One or more Microsoft sellers per engagement (R22, R28; issue 16, point 2).</summary>
public sealed class MicrosoftTeamTests
{
    private static readonly SellerProfile Sue = new(Actors.SellerUs2, "Sue Seller", "sue@microsoft.example", ["US"]);

    [Fact]
    public void R22_R28_the_seller_adds_a_colleague_who_is_recorded_told_and_shown_to_every_party()
    {
        var request = Inbound(Organizations.Microsoft);
        var sam = Actors.Seller(Actors.SellerUs);
        MicrosoftTeam.AddColleague(request, sam, Sue.Id, Sue, Now);

        Assert.Equal([new SellerContact(Sue.Id, Sue.Name, Sue.Email)], request.Colleagues);
        Assert.Equal(("colleague-added", sam.UserId), (request.History[^1].Action, request.History[^1].UserId));
        var notice = request.PendingNotifications[^1];
        Assert.Equal((NotificationKind.ColleagueAdded, Sue.Id), (notice.Kind, notice.SellerId));
        Assert.Equal([Sue.Email], notice.Recipients);
        Assert.Equal([new SellerContact(Sue.Id, Sue.Name, Sue.Email)], ReferralProjection.ToEngagementEntry(request).Colleagues);
    }

    [Fact]
    public void R22_R41_a_colleague_is_a_registered_seller_other_than_the_requests_own_and_joins_once()
    {
        var request = Inbound(Organizations.Microsoft);
        var sam = Actors.Seller(Actors.SellerUs);
        RuleAssert.RejectsUnchanged(request, ErrorCode.ValidationFailed, "sellerId", () => MicrosoftTeam.AddColleague(request, sam, "ghost", null, Now));
        var self = new SellerProfile(Actors.SellerUs, "Sam Seller", "sam@microsoft.example", ["US"]);
        RuleAssert.RejectsUnchanged(request, ErrorCode.ValidationFailed, "sellerId", () => MicrosoftTeam.AddColleague(request, sam, self.Id, self, Now));
        MicrosoftTeam.AddColleague(request, sam, Sue.Id, Sue, Now);
        RuleAssert.RejectsUnchanged(request, ErrorCode.Conflict, "sellerId", () => MicrosoftTeam.AddColleague(request, sam, Sue.Id, Sue, Now));

        var partners = Inbound();
        RuleAssert.RejectsUnchanged(partners, ErrorCode.InvalidStateTransition, "R22", () => MicrosoftTeam.AddColleague(partners, sam, Sue.Id, Sue, Now));
    }

    [Fact]
    public void R22_R3_a_colleague_reads_the_request_but_only_its_seller_answers_it()
    {
        var request = Inbound(Organizations.Microsoft);
        var sam = Actors.Seller(Actors.SellerUs);
        var sue = Actors.Seller(Actors.SellerUs2);
        Assert.False(ReferralGuards.IsColleague(request, sue));
        MicrosoftTeam.AddColleague(request, sam, Sue.Id, Sue, Now);

        Assert.True(ReferralGuards.IsColleague(request, sue));
        Assert.False(ReferralGuards.CanSee(request, sue));
        Assert.True(ReferralGuards.CanSee(request, sam));
        // The colleague's seller id under another role, or in a partner organization, reads nothing.
        Assert.False(ReferralGuards.IsColleague(request, sue with { Roles = [Role.Operator] }));
        Assert.False(ReferralGuards.IsColleague(request, Actors.AdminOf(Actors.PartnerA) with { SellerId = Actors.SellerUs2 }));
        Assert.False(ReferralGuards.IsColleague(Inbound(), sue));
    }
}
