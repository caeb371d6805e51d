using System.Net;
using System.Text.Json;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>Routes of issue 4 — tenant linking, stage mappings, deal registration, webhooks, e-mail preferences — a success and a failure each.</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class EngagementFeatureRouteTests(SharedGatewayFixture fixture) : ScenarioGatewayTests(fixture)
{
    private HttpClient AdminB => Server.As(Actors.AdminOf(Scenario.PartnerB) with { Roles = [Role.PartnerAdmin] });

    [Fact]
    public async Task POST_tenant_link_for_a_PartnerAdmin_and_403_otherwise()
    {
        var linked = await Http.Read<JsonElement>(await AdminB.PostAsync($"/v1/organization/tenants/{Actors.SecondTenant(Scenario.PartnerB)}/link", null));
        Assert.Equal(2, linked.GetProperty("linkedTenants").GetArrayLength());
        var organization = await Http.Read<JsonElement>(await AdminB.GetAsync("/v1/organization"));
        Assert.Equal(2, organization.GetProperty("visibleTenants").GetArrayLength());
        Assert.Equal(0, organization.GetProperty("responsiveness").GetProperty("accepted").GetInt32());
        await Http.Problem(await Server.As(Actors.AdminOf(Scenario.PartnerB)).PostAsync($"/v1/organization/tenants/{Actors.SecondTenant(Scenario.PartnerB)}/link", null),
            HttpStatusCode.Forbidden, "accessDenied", "role");
        await Http.Problem(await AdminB.PostAsync("/v1/organization/tenants/t-unknown/link", null), HttpStatusCode.UnprocessableEntity, "validationFailed", "tenantId");
    }

    [Fact]
    public async Task PUT_and_GET_stage_mappings_then_PATCH_crmStage()
    {
        var saved = await Http.Read<JsonElement>(await AdminB.PutAsync("/v1/organization/stage-mappings", Http.Json(new { mappings = new Dictionary<string, string> { ["Discovery"] = "Qualified" } })));
        Assert.Equal("Qualified", saved.GetProperty("mappings").GetProperty("Discovery").GetString());
        Assert.Equal("Qualified", (await Http.Read<JsonElement>(await AdminB.GetAsync("/v1/organization/stage-mappings"))).GetProperty("mappings").GetProperty("Discovery").GetString());
        await Http.Problem(await AdminB.PutAsync("/v1/organization/stage-mappings", Http.Json(new { mappings = new Dictionary<string, string> { ["Signed"] = "Won" } })),
            HttpStatusCode.UnprocessableEntity, "validationFailed", "mappings.Signed");
        await Http.Problem(await AdminB.PutAsync("/v1/organization/stage-mappings", Http.Raw("""{"mappings":{"Discovery":"Someday"}}""")), HttpStatusCode.BadRequest, "invalidRequest");

        var created = await Http.Read<JsonElement>(await AdminB.PostAsync("/v1/referrals", Http.Json(RestBodies.Create(solution: "sol-b"))), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        var staged = await Http.Read<JsonElement>(await AdminB.Patch($"/v1/referrals/{id}", Http.Json(new { crmStage = "discovery" })));
        Assert.Equal("Qualified", staged.GetProperty("salesStage").GetString());
        await Http.Problem(await AdminB.Patch($"/v1/referrals/{id}", Http.Json(new { crmStage = "Closing" })), HttpStatusCode.UnprocessableEntity, "validationFailed", "crmStage");
    }

    [Fact]
    public async Task Deal_registration_routes_submit_review_list_and_their_failures()
    {
        var seller = Server.As(Actors.Seller(Actors.SellerUs));
        var b = Server.As(Actors.AdminOf(Scenario.PartnerB));
        var op = Server.As(Actors.Operator);
        var deal = await Http.Read<JsonElement>(await seller.PostAsync("/v1/referrals", Http.Json(RestBodies.Create(solution: "sol-msft",
            invitations: [new { invitee = Scenario.PartnerB, dealValue = 40000, currency = "USD", solutions = new[] { new { id = "sol-msft" } }, helpType = "GeneralOrOther" }]))), HttpStatusCode.Created);
        var id = $"{deal.GetProperty("id").GetString()}-{Scenario.PartnerB}";
        await Http.Read<JsonElement>(await b.PostAsync($"/v1/referrals/{id}/accept", null));

        var notYet = await Http.Read<JsonElement>(await b.GetAsync($"/v1/referrals/{id}/registration"));
        Assert.False(notYet.GetProperty("eligibility").GetProperty("eligible").GetBoolean());
        Assert.Equal("won", notYet.GetProperty("eligibility").GetProperty("failedCriteria")[0].GetString());
        var contract = new
        {
            contractType = "New",
            contractValue = 120000,
            currency = "USD",
            contractSignedDate = "2026-11-20",
            startDate = "2026-12-01",
            endDate = "2027-11-30",
            customerTenantId = "contoso-tenant",
            contact = RestBodies.Contact("Ann"),
        };
        await Http.Problem(await b.PostAsync($"/v1/referrals/{id}/registration", Http.Json(contract)), HttpStatusCode.UnprocessableEntity, "validationFailed", "R30");

        await Http.Read<JsonElement>(await b.PostAsync($"/v1/referrals/{id}/close", Http.Json(new { outcome = "Won" })));
        var submitted = await Http.Read<JsonElement>(await b.PostAsync($"/v1/referrals/{id}/registration", Http.Json(contract)));
        Assert.Equal("Submitted", submitted.GetProperty("registration").GetProperty("status").GetString());
        Assert.Equal("Submitted", (await Http.Read<JsonElement>(await b.GetAsync($"/v1/referrals/{id}"))).GetProperty("registrationStatus").GetString());

        await Http.Problem(await b.PostAsync($"/v1/referrals/{id}/registration/review", Http.Json(new { decision = "Approve" })), HttpStatusCode.Forbidden, "accessDenied");
        var queue = await Http.Read<JsonElement>(await op.GetAsync("/v1/registrations?status=Submitted"));
        Assert.Contains(id, queue.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("referralId").GetString()));
        await Http.Problem(await op.GetAsync("/v1/registrations?status=Pending"), HttpStatusCode.BadRequest, "invalidRequest", "status");
        await Http.Problem(await b.GetAsync("/v1/registrations"), HttpStatusCode.Forbidden, "accessDenied");
        await Http.Problem(await op.PostAsync($"/v1/referrals/{id}/registration/review", Http.Json(new { decision = "Reject" })), HttpStatusCode.UnprocessableEntity, "validationFailed", "comments");
        // If-Match (R40): a stale ETag is 412 and changes nothing; the current one (the ETag header) goes through.
        var current = await b.GetAsync($"/v1/referrals/{id}/registration");
        var etag = current.Headers.ETag!.Tag;
        await Http.Problem(await op.PostWith($"/v1/referrals/{id}/registration/review", Http.Json(new { decision = "Approve" }), "If-Match", "\"1\""),
            HttpStatusCode.PreconditionFailed, "preconditionFailed");
        var approved = await Http.Read<JsonElement>(await op.PostWith($"/v1/referrals/{id}/registration/review", Http.Json(new { decision = "Approve" }), "If-Match", etag));
        Assert.Equal("Approved", approved.GetProperty("registration").GetProperty("status").GetString());
        Assert.NotEqual(etag.Trim('"'), approved.GetProperty("eTag").GetString());
    }

    [Fact]
    public async Task Webhook_routes_register_list_get_deliveries_delete_and_their_failures()
    {
        var created = await Http.Read<JsonElement>(await AdminB.PostAsync("/v1/webhooks", Http.Json(new { url = "http://127.0.0.1:9/hook", events = new[] { "referral-updated" }, secret = "0123456789abcdef" })), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        Assert.Equal("0123456789abcdef", created.GetProperty("secret").GetString()); // in the registration answer only
        Assert.DoesNotContain("0123456789abcdef", (await Http.Read<JsonElement>(await AdminB.GetAsync("/v1/webhooks"))).ToString());
        Assert.Equal(1, (await Http.Read<JsonElement>(await AdminB.GetAsync("/v1/webhooks"))).GetProperty("items").GetArrayLength());
        Assert.Equal(id, (await Http.Read<JsonElement>(await AdminB.GetAsync($"/v1/webhooks/{id}"))).GetProperty("id").GetString());
        Assert.Equal(0, (await Http.Read<JsonElement>(await AdminB.GetAsync($"/v1/webhooks/{id}/deliveries"))).GetProperty("items").GetArrayLength());
        await Http.Problem(await AdminB.PostAsync("/v1/webhooks", Http.Json(new { url = "not a url", events = new[] { "referral-updated" }, secret = "0123456789abcdef" })), HttpStatusCode.UnprocessableEntity, "validationFailed", "url");
        await Http.Problem(await Server.As(Actors.AdminOf(Scenario.PartnerB)).DeleteAsync($"/v1/webhooks/{id}"), HttpStatusCode.Forbidden, "accessDenied");
        await Http.Problem(await Server.As(Actors.AdminOf(Scenario.PartnerA)).GetAsync($"/v1/webhooks/{id}"), HttpStatusCode.NotFound, "notFound");
        Assert.Equal(HttpStatusCode.NoContent, (await AdminB.DeleteAsync($"/v1/webhooks/{id}")).StatusCode);
        await Http.Problem(await AdminB.DeleteAsync($"/v1/webhooks/{id}"), HttpStatusCode.NotFound, "notFound");
        await Http.Problem(await AdminB.GetAsync($"/v1/webhooks/{id}/deliveries"), HttpStatusCode.NotFound, "notFound");
    }

    [Fact]
    public async Task Contact_opt_out_and_opt_in_and_the_notifications_list()
    {
        // B's PartnerAdmin owns B's referral-admin address; Ann's address is not B's (issue 10, point 6).
        var bAdmin = $"admin@{Scenario.PartnerB}.example";
        Assert.Equal(HttpStatusCode.NoContent, (await AdminB.PostAsync("/v1/contacts/opt-out", Http.Json(new { email = bAdmin }))).StatusCode);
        await Http.Problem(await AdminB.PostAsync("/v1/contacts/opt-out", Http.Json(new { email = "ann@contoso.example" })), HttpStatusCode.Forbidden, "accessDenied", "email");
        await Http.Problem(await AdminB.PostAsync("/v1/contacts/opt-out", Http.Json(new { email = "not-an-address" })), HttpStatusCode.UnprocessableEntity, "validationFailed", "email");
        await Http.Problem(await Server.As(Actors.AdminOf(Scenario.PartnerB)).PostAsync("/v1/contacts/opt-in", Http.Json(new { email = bAdmin })), HttpStatusCode.Forbidden, "accessDenied");
        Assert.Equal(HttpStatusCode.NoContent, (await AdminB.PostAsync("/v1/contacts/opt-in", Http.Json(new { email = bAdmin }))).StatusCode);

        await Http.Read<JsonElement>(await Server.As(Actors.AdminOf(Scenario.PartnerA)).PostAsync("/v1/referrals", Http.Json(RestBodies.Create(invitations: [RestBodies.PartnerInvitation(Scenario.PartnerB)]))), HttpStatusCode.Created);
        var notifications = await Http.Read<JsonElement>(await AdminB.GetAsync("/v1/notifications"));
        Assert.Equal("ReferralReceived", notifications.GetProperty("items")[0].GetProperty("notification").GetProperty("kind").GetString());
        await Http.Problem(await Server.Anonymous().GetAsync("/v1/notifications"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Notes_routes_write_and_read_the_shared_thread_and_refuse_an_empty_note()
    {
        var a = Server.As(Actors.AdminOf(Scenario.PartnerA));
        var deal = await Http.Read<JsonElement>(await a.PostAsync("/v1/referrals", Http.Json(RestBodies.Create(invitations: [RestBodies.PartnerInvitation(Scenario.PartnerB)]))), HttpStatusCode.Created);
        var id = deal.GetProperty("id").GetString();
        var note = await Http.Read<JsonElement>(await a.PostAsync($"/v1/referrals/{id}/notes", Http.Json(new { text = "Demo on Friday." })), HttpStatusCode.Created);
        Assert.Equal(Scenario.PartnerA, note.GetProperty("organizationId").GetString());
        await Http.Problem(await a.PostAsync($"/v1/referrals/{id}/notes", Http.Json(new { text = " " })), HttpStatusCode.UnprocessableEntity, "validationFailed", "text");

        var atB = await Http.Read<JsonElement>(await Server.As(Actors.AdminOf(Scenario.PartnerB)).GetAsync($"/v1/referrals/{id}-{Scenario.PartnerB}/notes"));
        Assert.Equal("Demo on Friday.", atB.GetProperty("items")[0].GetProperty("text").GetString());
        await Http.Problem(await Server.As(Actors.AdminOf(Scenario.PartnerC)).GetAsync($"/v1/referrals/{id}/notes"), HttpStatusCode.NotFound, "notFound", "referralId");
    }

    [Fact]
    public async Task R13_R30_a_solution_marked_not_co_sell_ready_is_refused_on_a_co_sell_request_and_a_private_deal_is_warned()
    {
        var op = Server.As(Actors.Operator);
        var solution = $"sol-beta-{Scenario.PartnerA}";
        var saved = await Http.Read<JsonElement>(await op.PutAsync($"/v1/solutions/{solution}",
            Http.Json(new { name = "Fabrikam Beta", publisherId = Scenario.PartnerA, kind = "Partner", incentiveEligible = true, coSellReady = false })));
        Assert.False(saved.GetProperty("coSellReady").GetBoolean());

        var a = Server.As(Actors.AdminOf(Scenario.PartnerA));
        await Http.Problem(await a.PostAsync("/v1/referrals", Http.Json(RestBodies.Create(invitations: [RestBodies.MicrosoftInvitation()], withContact: true, solution: solution))),
            HttpStatusCode.UnprocessableEntity, "validationFailed", "solutions[0]");
        var privateDeal = await Http.Read<JsonElement>(await a.PostAsync("/v1/referrals", Http.Json(RestBodies.Create(solution: solution))), HttpStatusCode.Created);
        Assert.Contains(privateDeal.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "notRegistrable");
    }
}
