using CoSell.Testing;

namespace CoSell.Tests.Isolation;

/// <summary>
/// Issue 10, points 1, 17 and 19, in the grains (the trust boundary of every front-end): the Operator role counts
/// only in organization msft, an Operator never acts as a seller, and Operators see the directory and submitted
/// registrations, nothing more (R3, R7, R31).
/// </summary>
public sealed class OperatorScopeTests(EcosystemClusterFixture fixture) : IClassFixture<EcosystemClusterFixture>
{
    private CoSell.Client.CoSellClient Client => fixture.Cluster.Client;

    /// <summary>A partner's own user whose token also says Operator.</summary>
    private static readonly Actor PartnerOperator = new(Actors.PartnerA, Actors.PrimaryTenant(Actors.PartnerA), "mallory", [Role.Operator, Role.PartnerAdmin]);

    [Fact]
    public async Task R3_a_partner_token_with_the_Operator_role_changes_no_directory_entry()
    {
        await Denied(() => Client.RegisterPartner(PartnerOperator, new PartnerProfile("9999999", "Evil", "US", [new Tenant("t-evil", true)], false, ["x@evil.example"])));
        await Denied(() => Client.RegisterCustomer(PartnerOperator, new Customer("c-evil", "Evil", null, new Address("1 St", "Seattle", "WA", "98101", "US"))));
        await Denied(() => Client.RegisterSolution(PartnerOperator, new Solution("sol-evil", "Evil", Actors.PartnerA, SolutionKind.Partner, true)));
        await Denied(() => Client.RegisterSeller(PartnerOperator, new SellerProfile("seller-evil", "Eve", "eve@evil.example", ["US"])));
        await Denied(() => Client.ListRegistrations(PartnerOperator));
        await Denied(() => Client.ListSellers(PartnerOperator));

        Assert.Null(await Client.GetPartner("9999999"));
        Assert.Null(await Client.GetSeller("seller-evil"));
        Assert.DoesNotContain(await Client.SearchCustomers("Evil"), c => c.Id == "c-evil");
        Assert.DoesNotContain(await Client.ListSolutions(), s => s.Id == "sol-evil");
    }

    [Fact]
    public async Task R4_the_seller_roster_shows_Operators_each_seller_with_territory_and_open_requests_and_no_one_else()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var before = (await Client.ListSellers(Actors.Operator)).Sum(s => s.OpenRequests);
        var request = await Client.CreateReferral(Actors.AdminOf(scenario.PartnerA), Requests.CoSell());

        var roster = await Client.ListSellers(Actors.Operator);
        var routed = Assert.Single(roster, s => s.Profile.Id == request.Microsoft.SellerId);
        Assert.Contains("US", routed.Profile.Territory);
        Assert.Equal(before + 1, roster.Sum(s => s.OpenRequests));
        Assert.Equal(roster.Select(s => s.Profile.Id).Order(StringComparer.Ordinal), roster.Select(s => s.Profile.Id));

        await Denied(() => Client.ListSellers(Actors.Seller(Actors.SellerUs)));
        await Denied(() => Client.ListSellers(new Actor(Actors.PartnerA, Actors.PrimaryTenant(Actors.PartnerA), "pat", [Role.PartnerAdmin])));
    }

    [Fact]
    public async Task R31_a_partner_token_with_the_Operator_role_cannot_review_a_registration()
    {
        var a = Actors.AdminOf(Actors.PartnerA);
        var created = await Client.CreateReferral(a, Requests.Private("op-review"));
        await Client.Close(a, created.Id, new CloseReferralRequest(CloseOutcome.Won));

        var error = await Denied(() => Client.ReviewRegistration(PartnerOperator, created.Id, new RegistrationReview(ReviewDecision.Approve, null)));
        Assert.Equal("role", error.Target);
    }

    [Fact]
    public async Task R3_an_Operator_cannot_create_or_act_as_a_seller()
    {
        var op = Actors.Operator with { SellerId = Actors.SellerUs };
        var create = await Assert.ThrowsAsync<CoSellException>(() => Client.CreateReferral(op, Requests.Private("as seller")));
        Assert.Equal(ErrorCode.NotFound, create.Code);
        var list = await Assert.ThrowsAsync<CoSellException>(() => Client.ListReferrals(op, new ReferralQuery()));
        Assert.Equal(ErrorCode.NotFound, list.Code);
    }

    [Fact]
    public async Task R7_an_Operator_reads_neither_seller_routed_referrals_nor_an_unsubmitted_registration()
    {
        var a = Actors.AdminOf(Actors.PartnerA);
        var coSell = await Client.CreateReferral(a, Requests.CoSell() with { Name = "op-read" });
        var request = $"{coSell.Id}-msft";
        var routedTo = (await Client.GetReferral(a, coSell.Id)).Microsoft.SellerId!;
        Assert.Equal(request, (await Client.GetReferral(Actors.Seller(routedTo), request)).Id);

        var read = await Assert.ThrowsAsync<CoSellException>(() => Client.GetReferral(Actors.Operator, request));
        Assert.Equal(ErrorCode.NotFound, read.Code);
        var history = await Assert.ThrowsAsync<CoSellException>(() => Client.GetHistory(Actors.Operator, request));
        Assert.Equal(ErrorCode.NotFound, history.Code);

        var privateDeal = await Client.CreateReferral(a, Requests.Private("op-private"));
        var eligibility = await Assert.ThrowsAsync<CoSellException>(() => Client.GetRegistration(Actors.Operator, privateDeal.Id));
        Assert.Equal(ErrorCode.NotFound, eligibility.Code);
    }

    [Fact]
    public async Task R3_a_token_without_a_role_reads_nothing()
    {
        var a = Actors.AdminOf(Actors.PartnerA);
        var created = await Client.CreateReferral(a, Requests.Private("no-role"));
        var roleless = a with { Roles = [] };

        Assert.Equal("role", (await Denied(() => Client.GetReferral(roleless, created.Id))).Target);
        Assert.Equal("role", (await Denied(() => Client.GetHistory(roleless, created.Id))).Target);
        Assert.Equal("role", (await Denied(() => Client.ListReferrals(roleless, new ReferralQuery()))).Target);
    }

    private static async Task<CoSellException> Denied(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<CoSellException>(call);
        Assert.Equal(ErrorCode.AccessDenied, error.Code);
        return error;
    }
}
