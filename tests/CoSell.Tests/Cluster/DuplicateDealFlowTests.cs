using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>Issue 16, point 3: a create names the creator's open deals for the same customer with an overlapping solution (R2, R9).</summary>
public sealed class DuplicateDealFlowTests
{
    [Fact]
    public async Task R9_a_second_open_deal_for_the_customer_with_the_same_solution_is_created_with_a_warning_naming_the_first()
    {
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync(Azurite.FreshTables());
        var client = cluster.Client;
        var alice = Actors.AdminOf(Actors.PartnerA);
        var first = await client.CreateReferral(alice, Requests.Private("First Contoso deal"));
        Assert.Empty(Duplicates(first));

        var second = await client.CreateReferral(alice, Requests.Private("Second Contoso deal"));
        var warning = Assert.Single(Duplicates(second));
        Assert.Equal((ReferralWarning.PossibleDuplicate, first.Id), (warning.Code, warning.ReferralId));
        Assert.Equal(Substatus.Accepted, second.Substatus);
        // The warning is the create's answer, not part of the referral.
        Assert.Null((await client.GetReferral(alice, second.Id)).Warnings);

        // Another customer, another tenant's user, or the first deal closed: nothing to warn of.
        Assert.Empty(Duplicates(await client.CreateReferral(alice, Requests.Private("Litware deal") with { Customer = new CustomerInput("c-200", Requests.Ann) })));
        var otherTenant = Actors.AdminOf(Actors.PartnerA) with { TenantId = Actors.SecondTenant(Actors.PartnerA), UserId = "tara" };
        Assert.Empty(Duplicates(await client.CreateReferral(otherTenant, Requests.Private("Other tenant's deal"))));
        await client.Close(alice, first.Id, new CloseReferralRequest(CloseOutcome.Lost, "Budget cut"));
        await client.Close(alice, second.Id, new CloseReferralRequest(CloseOutcome.Won));
        Assert.Empty(Duplicates(await client.CreateReferral(alice, Requests.Private("Third Contoso deal"))));
    }

    private static IEnumerable<ReferralWarning> Duplicates(Referral created) =>
        (created.Warnings ?? []).Where(w => w.Code == ReferralWarning.PossibleDuplicate);

    [Fact]
    public async Task A_seller_sees_other_partners_open_requests_for_the_customer_by_id_and_status_only()
    {
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync();
        var client = cluster.Client;
        var fromA = await client.CreateReferral(Actors.AdminOf(Actors.PartnerA), Requests.CoSell());
        var fromB = await client.CreateReferral(Actors.AdminOf(Actors.PartnerB), Requests.CoSell() with { Solutions = ["sol-b"] });
        var sellerA = Actors.Seller(fromA.Microsoft.SellerId!);
        var sellerB = Actors.Seller(fromB.Microsoft.SellerId!);

        var requestA = await client.GetReferral(sellerA, $"{fromA.Id}-msft");
        Assert.Equal([new RelatedRequest($"{fromB.Id}-msft", Substatus.Received)], requestA.OtherRequests);
        Assert.Null((await client.GetReferral(Actors.AdminOf(Actors.PartnerA), fromA.Id)).OtherRequests);

        await client.Decline(sellerB, $"{fromB.Id}-msft", new DeclineReferralRequest(DeclineReason.CustomerNotReady));
        await Eventually.Until(() => client.GetReferral(sellerA, $"{fromA.Id}-msft"), r => r.OtherRequests is null, "the declined request gone from the list");
    }
}
