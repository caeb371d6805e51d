using CoSell.Testing;

namespace CoSell.Tests.Isolation;

/// <summary>Issue 10, point 20 (R1, R2, R13): the directory holds no tenant twice and no solution of a publisher that does not exist.</summary>
public sealed class DirectoryIntegrityTests(EcosystemClusterFixture fixture) : IClassFixture<EcosystemClusterFixture>
{
    private CoSell.Client.CoSellClient Client => fixture.Cluster.Client;

    [Fact]
    public async Task R2_a_partner_registered_on_a_tenant_another_partner_owns_is_rejected_naming_the_tenant()
    {
        var grab = new PartnerProfile("8000001", "Tenant Grabber", "US",
            [new Tenant("t-8000001", true), new Tenant(Actors.PrimaryTenant(Actors.PartnerA), false)], false, ["admin@grab.example"]);
        var error = await Assert.ThrowsAsync<CoSellException>(() => Client.RegisterPartner(Actors.Operator, grab));
        Assert.Equal(ErrorCode.ValidationFailed, error.Code);
        Assert.Equal("tenants[1].id", error.Target);
        Assert.Null(await Client.GetPartner("8000001"));

        // Re-registering a partner with its own tenants stays allowed.
        var a = (await Client.GetPartner(Actors.PartnerA))!;
        Assert.Equal(a.Tenants, (await Client.RegisterPartner(Actors.Operator, a)).Tenants);
    }

    [Fact]
    public async Task R13_a_solution_of_a_publisher_that_does_not_exist_is_rejected_naming_publisherId()
    {
        var error = await Assert.ThrowsAsync<CoSellException>(() =>
            Client.RegisterSolution(Actors.Operator, new Solution("sol-ghost", "Ghost", "0000000", SolutionKind.Partner, true)));
        Assert.Equal(ErrorCode.ValidationFailed, error.Code);
        Assert.Equal("publisherId", error.Target);
        Assert.DoesNotContain(await Client.ListSolutions(), s => s.Id == "sol-ghost");
    }
}
