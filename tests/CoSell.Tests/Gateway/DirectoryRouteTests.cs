using System.Net;
using System.Text.Json;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>Directory routes and organization routes: a success and a failure each (issue 3, acceptance 1).</summary>
/// <remarks>
/// The tests share one cluster with the fixed ecosystem (a class fixture): each searches for names and ids no other
/// test of the class registers, so they hold in any order.
/// </remarks>
public sealed class DirectoryRouteTests(SharedGatewayFixture fixture) : IClassFixture<SharedGatewayFixture>
{
    private readonly GatewayServer _server = fixture.Server;

    private HttpClient Operator => _server.As(Actors.Operator);

    private HttpClient A => _server.As(Actors.AdminOf(Actors.PartnerA));

    [Fact]
    public async Task PUT_partner_registers_for_an_Operator_and_is_forbidden_to_others_or_invalid()
    {
        var body = Http.Json(new { name = "Litware", country = "FR", tenants = new[] { new { id = "t-lit", primary = true } }, solutionAssessmentVetted = true, referralAdminEmails = new[] { "a@litware.example" } });
        var created = await Http.Read<JsonElement>(await Operator.PutAsync("/v1/partners/4444444", body));
        Assert.Equal("Litware", created.GetProperty("name").GetString());

        await Http.Problem(await A.PutAsync("/v1/partners/4444444", body), HttpStatusCode.Forbidden, "accessDenied", "role");
        await Http.Problem(await Operator.PutAsync("/v1/partners/4444444", Http.Json(new { name = "Litware", country = "France", tenants = new[] { new { id = "t", primary = true } } })),
            HttpStatusCode.UnprocessableEntity, "validationFailed", "country");
    }

    [Fact]
    public async Task GET_partners_searches_and_rejects_a_bad_top()
    {
        var found = await Http.Read<JsonElement>(await A.GetAsync("/v1/partners?search=north&top=5"));
        Assert.Equal(Actors.PartnerB, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        await Http.Problem(await A.GetAsync("/v1/partners?search=north&top=500"), HttpStatusCode.BadRequest, "invalidRequest", "top");
    }

    [Fact]
    public async Task R1_partner_search_shows_a_public_card_only_needs_3_characters_and_pages()
    {
        var found = await Http.Read<JsonElement>(await A.GetAsync("/v1/partners?search=Northwind"));
        var card = Assert.Single(found.GetProperty("items").EnumerateArray());
        string[] publicFields = ["coSellReady", "country", "id", "name", "responsiveness", "solutions"];
        Assert.All(card.EnumerateObject(), p => Assert.Contains(p.Name, publicFields));
        Assert.Equal(5, card.EnumerateObject().Count(p => p.Name != "responsiveness"));
        Assert.Equal("sol-b", card.GetProperty("solutions")[0].GetProperty("id").GetString());
        var text = found.ToString();
        Assert.DoesNotContain("admin@", text);
        Assert.DoesNotContain(Actors.PrimaryTenant(Actors.PartnerB), text);

        await Http.Problem(await A.GetAsync("/v1/partners"), HttpStatusCode.BadRequest, "invalidRequest", "search");
        await Http.Problem(await A.GetAsync("/v1/partners?search=%20no%20"), HttpStatusCode.BadRequest, "invalidRequest", "search");

        // R37: a partner is found by one of its published solutions too ("Northwind Migrate" is B's).
        var bySolution = await Http.Read<JsonElement>(await A.GetAsync("/v1/partners?search=Migrate"));
        Assert.Contains(Actors.PartnerB, bySolution.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()));

        foreach (var (id, name) in new[] { ("7000001", "Paging One"), ("7000002", "Paging Two"), ("7000003", "Paging Three") })
        {
            await Http.Read<JsonElement>(await Operator.PutAsync($"/v1/partners/{id}", Http.Json(new { name, country = "US", tenants = new[] { new { id = $"t-{id}", primary = true } }, referralAdminEmails = new[] { $"admin@{id}.example" } })));
        }

        var all = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await Http.Read<JsonElement>(await A.GetAsync($"/v1/partners?search=paging&top=2{(token is null ? "" : $"&continuationToken={Uri.EscapeDataString(token)}")}"));
            all.AddRange(page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()!));
            token = page.TryGetProperty("continuationToken", out var next) ? next.GetString() : null;
            pages++;
        }
        while (token is not null);
        Assert.Equal(2, pages);
        Assert.Equal(["7000001", "7000002", "7000003"], all.Order(StringComparer.Ordinal));
        await Http.Problem(await A.GetAsync("/v1/partners?search=paging&continuationToken=bogus"), HttpStatusCode.BadRequest, "invalidRequest", "continuationToken");
    }

    [Fact]
    public async Task PUT_and_GET_customers()
    {
        var body = Http.Json(new { name = "Contoso", duns = "987654321", address = new { addressLine1 = "2 Main", city = "Seattle", state = "WA", postalCode = "98101", country = "US" } });
        await Http.Read<JsonElement>(await Operator.PutAsync("/v1/customers/c-300", body));
        var found = await Http.Read<JsonElement>(await A.GetAsync("/v1/customers?search=contoso&country=US&city=Seattle"));
        Assert.Equal("c-300", Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());

        await Http.Problem(await Operator.PutAsync("/v1/customers/c-301", Http.Json(new { name = "No address" })), HttpStatusCode.UnprocessableEntity, "validationFailed", "address");
        await Http.Problem(await _server.Anonymous().GetAsync("/v1/customers?search=contoso"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task PUT_and_GET_solutions()
    {
        await Http.Read<JsonElement>(await Operator.PutAsync("/v1/solutions/sol-c", Http.Json(new { name = "Tailspin Ops", publisherId = Actors.PartnerC, kind = "Partner", incentiveEligible = true })));
        var found = await Http.Read<JsonElement>(await A.GetAsync($"/v1/solutions?publisherId={Actors.PartnerC}&kind=Partner"));
        Assert.Equal("sol-c", Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());

        await Http.Problem(await Operator.PutAsync("/v1/solutions/sol-d", Http.Raw("""{"name":"x","publisherId":"p","kind":"Gadget"}""")), HttpStatusCode.BadRequest, "invalidRequest", "kind");
        await Http.Problem(await A.GetAsync("/v1/solutions?kind=Gadget"), HttpStatusCode.BadRequest, "invalidRequest", "kind");
    }

    [Fact]
    public async Task PUT_sellers()
    {
        var seller = await Http.Read<JsonElement>(await Operator.PutAsync("/v1/sellers/seller-fr", Http.Json(new { name = "Fanny", email = "fanny@microsoft.example", territory = new[] { "FR", "BE" } })));
        Assert.Equal(2, seller.GetProperty("territory").GetArrayLength());
        await Http.Problem(await Operator.PutAsync("/v1/sellers/seller-xx", Http.Json(new { name = "X", email = "x@microsoft.example", territory = new[] { "Narnia" } })),
            HttpStatusCode.UnprocessableEntity, "validationFailed", "territory[0]");
    }

    [Fact]
    public async Task GET_sellers_lists_the_roster_for_an_Operator_and_is_forbidden_to_others_R4()
    {
        var roster = await Http.Read<JsonElement>(await Operator.GetAsync("/v1/sellers"));
        var sam = Assert.Single(roster.GetProperty("items").EnumerateArray(), s => s.GetProperty("profile").GetProperty("id").GetString() == Actors.SellerUs);
        Assert.Equal("sam@microsoft.example", sam.GetProperty("profile").GetProperty("email").GetString());
        Assert.True(sam.GetProperty("openRequests").GetInt32() >= 0);

        await Http.Problem(await A.GetAsync("/v1/sellers"), HttpStatusCode.Forbidden, "accessDenied", "role");
    }

    [Fact]
    public async Task GET_organization_shows_the_callers_profile_and_404s_an_unregistered_one()
    {
        var organization = await Http.Read<JsonElement>(await A.GetAsync("/v1/organization"));
        Assert.Equal("Fabrikam", organization.GetProperty("name").GetString());
        Assert.Equal(2, organization.GetProperty("partner").GetProperty("tenants").GetArrayLength());
        await Http.Problem(await _server.As(Actors.AdminOf("9999999", "t-9")).GetAsync("/v1/organization"), HttpStatusCode.NotFound, "notFound");

        var seller = await Http.Read<JsonElement>(await _server.As(Actors.Seller(Actors.SellerUs)).GetAsync("/v1/organization"));
        Assert.Equal(Actors.SellerUs, seller.GetProperty("seller").GetProperty("id").GetString());
    }

    [Fact]
    public async Task GET_recent_contacts_after_a_create_and_401_without_a_token()
    {
        await Http.Read<JsonElement>(await A.PostAsync("/v1/referrals", Http.Json(RestBodies.Create())), HttpStatusCode.Created);
        var contacts = await Http.Read<JsonElement>(await A.GetAsync("/v1/organization/recent-contacts"));
        Assert.Equal("bo@fabrikam.example", contacts[0].GetProperty("email").GetString());
        await Http.Problem(await _server.Anonymous().GetAsync("/v1/organization/recent-contacts"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Health_and_OpenAPI_answer_without_a_token()
    {
        var anonymous = _server.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal("ready", (await Http.Read<JsonElement>(await anonymous.GetAsync("/health/ready"))).GetProperty("status").GetString());
        var openApi = await Http.Read<JsonElement>(await anonymous.GetAsync("/openapi/v1.json"));
        var paths = openApi.GetProperty("paths");
        foreach (var path in new[] { "/v1/referrals", "/v1/referrals/{id}", "/v1/referrals/{id}/accept", "/v1/referrals/{id}/decline", "/v1/referrals/{id}/close",
                     "/v1/referrals/{id}/invitations", "/v1/referrals/{id}/favorite", "/v1/referrals/{id}/history", "/v1/partners/{partnerId}", "/v1/partners",
                     "/v1/customers/{customerId}", "/v1/customers", "/v1/solutions/{solutionId}", "/v1/solutions", "/v1/sellers/{sellerId}", "/v1/sellers",
                     "/v1/organization", "/v1/organization/recent-contacts" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI lacks {path}");
        }
    }
}
