using CoSell.Grains.Domain;
using CoSell.Testing;
using static CoSell.Tests.Domain.DomainFixtures;

namespace CoSell.Tests.Domain;

/// <summary>Duplicates and channel conflict (issue 16, point 3; R2, R9).</summary>
public sealed class DuplicateDealTests
{
    [Fact]
    public void R9_a_new_deal_for_a_customer_with_an_open_deal_sharing_a_solution_warns_naming_it()
    {
        var created = Outbound();
        var tenant = created.TenantId;
        var warnings = DuplicateDeals.Warnings(created,
        [
            new OpenCustomerDeal("other-1", tenant, "Contoso ETL", ["sol-a", "sol-x"]),
            new OpenCustomerDeal("other-2", tenant, "Contoso other", ["sol-x"]),
            new OpenCustomerDeal(created.Id, tenant, created.Name, ["sol-a"]),
        ]);
        var warning = Assert.Single(warnings);
        Assert.Equal((ReferralWarning.PossibleDuplicate, "other-1"), (warning.Code, warning.ReferralId));
        Assert.Contains("'Contoso ETL' (other-1)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("sol-a", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R2_another_tenants_open_deal_is_not_named()
    {
        var created = Outbound();
        Assert.Empty(DuplicateDeals.Warnings(created, [new OpenCustomerDeal("other-1", Actors.SecondTenant(Actors.PartnerA), "Elsewhere", ["sol-a"])]));
    }

    [Fact]
    public void R4_R7_channel_conflict_routing_knows_other_partners_open_requests_for_the_same_customer_only()
    {
        var routing = new SellerRouting();
        routing.Upsert(new SellerProfile(Actors.SellerUs, "Sam", "sam@microsoft.example", ["US"]));
        routing.Assign("a-msft", "US", request: new OpenRequest("c-100", Actors.PartnerA));
        routing.Assign("b-msft", "US", request: new OpenRequest("c-100", Actors.PartnerB));
        routing.Assign("a2-msft", "US", request: new OpenRequest("c-100", Actors.PartnerA));
        routing.Assign("c-msft", "US", request: new OpenRequest("c-200", Actors.PartnerC));

        Assert.Equal(["b-msft"], routing.Competing("a-msft"));
        Assert.Equal(["a-msft", "a2-msft"], routing.Competing("b-msft"));
        Assert.Empty(routing.Competing("c-msft"));
        routing.Release("b-msft");
        Assert.Empty(routing.Competing("a-msft"));
    }
}
