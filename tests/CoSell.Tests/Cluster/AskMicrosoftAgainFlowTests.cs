using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>
/// Issue 16, point 2: a partner asks Microsoft again after a decline — a new request, routed to a seller, with a new
/// 14-day window — once; the partner's Microsoft card follows the new request (R22, R27, R28).
/// </summary>
public sealed class AskMicrosoftAgainFlowTests
{
    [Fact]
    public async Task R22_after_a_decline_the_partner_asks_again_once_with_a_new_help_type_and_a_new_window()
    {
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync();
        var client = cluster.Client;
        var alice = Actors.AdminOf(Actors.PartnerA);
        var deal = await client.CreateReferral(alice, Requests.CoSell());
        var seller = Actors.Seller(deal.Microsoft.SellerId!);
        var first = Assert.Single((await client.ListReferrals(seller, new ReferralQuery())).Items);
        var again = Requests.MicrosoftInvitation() with { HelpType = HelpType.QuotesOrLicensing, Notes = "licensing questions now" };
        await CoSellAssert.Rejects(ErrorCode.Conflict, "invitee", () => client.Invite(alice, deal.Id, again));

        await client.Decline(seller, first.Id, new DeclineReferralRequest(DeclineReason.CustomerNotReady));
        await Eventually.Until(() => client.GetReferral(alice, deal.Id), r => r.Microsoft.Status == MicrosoftStatus.Declined, "the decline on the card");
        cluster.Clock.Advance(TimeSpan.FromDays(3));
        var asked = await client.Invite(alice, deal.Id, again);
        Assert.Equal(MicrosoftStatus.Requested, asked.Microsoft.Status);
        Assert.Equal(DealType.CoSell, asked.DealType);
        Assert.Equal(2, asked.Participants.Count(p => p.OrganizationId == Organizations.Microsoft));

        var secondSeller = Actors.Seller(asked.Microsoft.SellerId!);
        var request = await client.GetReferral(secondSeller, $"{deal.Id}-msft-2");
        Assert.Equal(Substatus.Received, request.Substatus);
        Assert.Equal(CoSellCluster.Start.AddDays(3 + 14), request.ExpirationDateTime);
        Assert.Equal(HelpType.QuotesOrLicensing, request.InviteContext!.HelpType);
        Assert.Equal("licensing questions now", request.InviteContext.Notes);

        await client.Decline(secondSeller, request.Id, new DeclineReferralRequest(DeclineReason.CustomerNotReady));
        await Eventually.Until(() => client.GetReferral(alice, deal.Id), r => r.Microsoft.Status == MicrosoftStatus.Declined, "the second decline");
        var error = await CoSellAssert.Rejects(ErrorCode.Conflict, "invitee", () => client.Invite(alice, deal.Id, again));
        Assert.Contains("at most twice", error.Message, StringComparison.Ordinal);
    }
}
