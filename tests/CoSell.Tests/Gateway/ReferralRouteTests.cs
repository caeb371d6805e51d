using System.Net;
using System.Text.Json;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>Referral routes: a success and a failure each, ETags, idempotent create, paging and filters (issue 3, acceptance 1).</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class ReferralRouteTests(SharedGatewayFixture fixture) : ScenarioGatewayTests(fixture)
{
    private HttpClient A => Server.As(Actors.AdminOf(Scenario.PartnerA));

    private HttpClient B => Server.As(Actors.AdminOf(Scenario.PartnerB));

    private async Task<JsonElement> Create(HttpClient client, object body) =>
        await Http.Read<JsonElement>(await client.PostAsync("/v1/referrals", Http.Json(body)), HttpStatusCode.Created);

    private static IEnumerable<JsonElement> Warnings(JsonElement referral) =>
        referral.TryGetProperty("warnings", out var warnings) ? warnings.EnumerateArray() : [];

    private async Task<string> InboundOfB()
    {
        var page = await Http.Read<JsonElement>(await B.GetAsync("/v1/referrals?direction=Incoming"));
        return page.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task POST_referrals_creates_with_Location_and_ETag_or_answers_422_naming_the_field()
    {
        var response = await A.PostAsync("/v1/referrals", Http.Json(RestBodies.Create(invitations: [RestBodies.PartnerInvitation(Scenario.PartnerB)])));
        var created = await Http.Read<JsonElement>(response, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        Assert.Equal($"/v1/referrals/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal($"\"{created.GetProperty("eTag").GetString()}\"", response.Headers.ETag!.Tag);
        Assert.Equal("PartnerToPartner", created.GetProperty("dealType").GetString());
        Assert.Equal("Accepted", created.GetProperty("substatus").GetString());
        Assert.Equal(RestBodies.CloseDate, created.GetProperty("details").GetProperty("closingDateTime").GetString());

        var bad = RestBodies.Create(invitations: [new { invitee = Scenario.PartnerB, dealValue = 10, currency = "US", solutions = new[] { new { id = "sol-b" } }, helpType = "GeneralOrOther" }]);
        await Http.Problem(await A.PostAsync("/v1/referrals", Http.Json(bad)), HttpStatusCode.UnprocessableEntity, "validationFailed", "invitations[0].currency");
    }

    [Fact]
    public async Task POST_referrals_with_the_same_Idempotency_Key_returns_the_first_result_and_creates_nothing_new()
    {
        var body = Http.Json(RestBodies.Create(invitations: [RestBodies.PartnerInvitation(Scenario.PartnerB)]));
        var first = await Http.Read<JsonElement>(await A.PostWith("/v1/referrals", body, "Idempotency-Key", "k-1"), HttpStatusCode.Created);
        var again = await Http.Read<JsonElement>(await A.PostWith("/v1/referrals", Http.Json(RestBodies.Create(invitations: [RestBodies.PartnerInvitation(Scenario.PartnerB)])), "Idempotency-Key", "k-1"), HttpStatusCode.Created);
        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        var outbound = await Http.Read<JsonElement>(await A.GetAsync("/v1/referrals?direction=Outgoing"));
        Assert.Equal(1, outbound.GetProperty("items").GetArrayLength());
        var inbound = await Http.Read<JsonElement>(await B.GetAsync("/v1/referrals?direction=Incoming"));
        Assert.Equal(1, inbound.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task R9_POST_referrals_for_a_customer_with_an_open_deal_sharing_a_solution_answers_201_with_a_warning_naming_it()
    {
        var first = await Create(A, RestBodies.Create("First"));
        Assert.DoesNotContain(Warnings(first), w => w.GetProperty("code").GetString() == "possibleDuplicate");
        var second = await Create(A, RestBodies.Create("Second"));
        var warning = Warnings(second).Single(w => w.GetProperty("code").GetString() == "possibleDuplicate");
        Assert.Equal("possibleDuplicate", warning.GetProperty("code").GetString());
        Assert.Equal(first.GetProperty("id").GetString(), warning.GetProperty("referralId").GetString());
        Assert.False((await Http.Read<JsonElement>(await A.GetAsync($"/v1/referrals/{second.GetProperty("id").GetString()}"))).TryGetProperty("warnings", out _));
    }

    [Fact]
    public async Task GET_referral_returns_it_with_its_ETag_and_404s_a_missing_one()
    {
        var created = await Create(A, RestBodies.Create());
        var id = created.GetProperty("id").GetString();
        var response = await A.GetAsync($"/v1/referrals/{id}");
        var read = await Http.Read<JsonElement>(response);
        Assert.Equal(id, read.GetProperty("id").GetString());
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        await Http.Problem(await A.GetAsync("/v1/referrals/does-not-exist"), HttpStatusCode.NotFound, "notFound", "referralId");
    }

    [Fact]
    public async Task PATCH_with_a_current_If_Match_changes_and_a_stale_one_is_412_and_changes_nothing()
    {
        var created = await Create(A, RestBodies.Create());
        var id = created.GetProperty("id").GetString();
        var patched = await Http.Read<JsonElement>(await A.Patch($"/v1/referrals/{id}", Http.Json(new { name = "Renamed", salesStage = "Qualified", details = new { dealValue = 300000 } }), "\"1\""));
        Assert.Equal("Renamed", patched.GetProperty("name").GetString());
        Assert.Equal(20, patched.GetProperty("salesStagePercent").GetInt32());
        Assert.Equal(300000m, patched.GetProperty("details").GetProperty("dealValue").GetDecimal());

        await Http.Problem(await A.Patch($"/v1/referrals/{id}", Http.Json(new { name = "Lost update" }), "\"1\""), HttpStatusCode.PreconditionFailed, "preconditionFailed");
        var after = await Http.Read<JsonElement>(await A.GetAsync($"/v1/referrals/{id}"));
        Assert.Equal("Renamed", after.GetProperty("name").GetString());
        Assert.Equal("2", after.GetProperty("eTag").GetString());

        await Http.Problem(await A.Patch($"/v1/referrals/{id}", Http.Json(new { salesStage = "Created" })), HttpStatusCode.Conflict, "invalidStateTransition", "salesStage");
        await Http.Problem(await A.Patch($"/v1/referrals/{id}", Http.Json(new { crmStage = "Discovery" })), HttpStatusCode.UnprocessableEntity, "validationFailed", "crmStage");
    }

    [Fact]
    public async Task POST_accept_by_the_invited_partner_and_409_for_an_outbound_referral()
    {
        var created = await Create(A, RestBodies.Create(invitations: [RestBodies.PartnerInvitation(Scenario.PartnerB)]));
        var inbound = await InboundOfB();
        var accepted = await Http.Read<JsonElement>(await B.PostAsync($"/v1/referrals/{inbound}/accept", Http.Json(new { name = "Northwind view", team = new[] { RestBodies.Contact("Ann") } })));
        Assert.Equal("Accepted", accepted.GetProperty("substatus").GetString());
        Assert.Equal("Northwind view", accepted.GetProperty("name").GetString());
        Assert.Equal(Scenario.PartnerA, accepted.GetProperty("inviteContext").GetProperty("invitedBy").GetProperty("organizationId").GetString());

        await Http.Problem(await A.PostAsync($"/v1/referrals/{created.GetProperty("id").GetString()}/accept", null), HttpStatusCode.Conflict, "invalidStateTransition");
    }

    [Fact]
    public async Task POST_accept_without_a_body_works()
    {
        await Create(A, RestBodies.Create(invitations: [RestBodies.PartnerInvitation(Scenario.PartnerB)]));
        var inbound = await InboundOfB();
        var accepted = await Http.Read<JsonElement>(await B.PostAsync($"/v1/referrals/{inbound}/accept", null));
        Assert.Equal("Active", accepted.GetProperty("status").GetString());
    }

    [Fact]
    public async Task R40_POST_accept_repeated_with_its_Idempotency_Key_answers_the_first_result_and_another_body_is_409()
    {
        await Create(A, RestBodies.Create(invitations: [RestBodies.PartnerInvitation(Scenario.PartnerB)]));
        var inbound = await InboundOfB();
        var first = await Http.Read<JsonElement>(await B.PostWith($"/v1/referrals/{inbound}/accept", Http.Json(new { name = "Kept" }), "Idempotency-Key", "acc-1"));
        var again = await Http.Read<JsonElement>(await B.PostWith($"/v1/referrals/{inbound}/accept", Http.Json(new { name = "Kept" }), "Idempotency-Key", "acc-1"));
        Assert.Equal(first.GetProperty("eTag").GetString(), again.GetProperty("eTag").GetString());
        Assert.Equal("Accepted", again.GetProperty("substatus").GetString());

        await Http.Problem(await B.PostWith($"/v1/referrals/{inbound}/accept", Http.Json(new { name = "Other" }), "Idempotency-Key", "acc-1"),
            HttpStatusCode.Conflict, "conflict", "Idempotency-Key");
        await Http.Problem(await B.PostWith($"/v1/referrals/{inbound}/accept", Http.Json(new { name = "Kept" }), "Idempotency-Key", "acc-2"),
            HttpStatusCode.Conflict, "invalidStateTransition");
        var history = await Http.Read<JsonElement>(await B.GetAsync($"/v1/referrals/{inbound}/history"));
        Assert.Single(history.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "accepted");
    }

    [Fact]
    public async Task POST_decline_with_a_reason_and_422_without_one()
    {
        await Create(A, RestBodies.Create(invitations: [RestBodies.PartnerInvitation(Scenario.PartnerB)]));
        var inbound = await InboundOfB();
        await Http.Problem(await B.PostAsync($"/v1/referrals/{inbound}/decline", Http.Json(new { notes = "no" })), HttpStatusCode.UnprocessableEntity, "validationFailed", "reason");
        var declined = await Http.Read<JsonElement>(await B.PostAsync($"/v1/referrals/{inbound}/decline", Http.Json(new { reason = "NotMyExpertise", notes = "we do not do ETL" })));
        Assert.Equal("Declined", declined.GetProperty("substatus").GetString());
        Assert.Equal("Closed", declined.GetProperty("status").GetString());
    }

    [Fact]
    public async Task POST_close_Won_and_422_for_Lost_without_reason_then_409_terminal()
    {
        var id = (await Create(A, RestBodies.Create())).GetProperty("id").GetString();
        await Http.Problem(await A.PostAsync($"/v1/referrals/{id}/close", Http.Json(new { outcome = "Lost" })), HttpStatusCode.UnprocessableEntity, "validationFailed", "reason");
        var won = await Http.Read<JsonElement>(await A.PostAsync($"/v1/referrals/{id}/close", Http.Json(new { outcome = "Won" })));
        Assert.Equal(100, won.GetProperty("salesStagePercent").GetInt32());
        await Http.Problem(await A.Patch($"/v1/referrals/{id}", Http.Json(new { name = "x" })), HttpStatusCode.Conflict, "terminalState", "R26");
    }

    [Fact]
    public async Task R26_POST_copy_of_a_closed_deal_answers_201_with_the_new_deal_and_409_for_an_open_one()
    {
        var id = (await Create(A, RestBodies.Create())).GetProperty("id").GetString();
        await Http.Problem(await A.PostAsync($"/v1/referrals/{id}/copy", null), HttpStatusCode.Conflict, "invalidStateTransition", "R26");
        await Http.Read<JsonElement>(await A.PostAsync($"/v1/referrals/{id}/close", Http.Json(new { outcome = "Lost", reason = "by mistake" })));
        var response = await A.PostAsync($"/v1/referrals/{id}/copy", Http.Json(new { closingDate = "2027-10-01" }));
        var copy = await Http.Read<JsonElement>(response, HttpStatusCode.Created);
        Assert.Equal($"/v1/referrals/{copy.GetProperty("id").GetString()}", response.Headers.Location!.OriginalString);
        Assert.Equal("2027-10-01", copy.GetProperty("details").GetProperty("closingDateTime").GetString());
        Assert.Equal("Lost", (await Http.Read<JsonElement>(await A.GetAsync($"/v1/referrals/{id}"))).GetProperty("substatus").GetString());
    }

    [Fact]
    public async Task POST_invitations_turns_private_into_co_sell_and_409s_a_second_invitation()
    {
        var id = (await Create(A, RestBodies.Create(withContact: true))).GetProperty("id").GetString();
        var invited = await Http.Read<JsonElement>(await A.PostAsync($"/v1/referrals/{id}/invitations", Http.Json(RestBodies.MicrosoftInvitation())));
        Assert.Equal("CoSell", invited.GetProperty("dealType").GetString());
        Assert.Equal("Requested", invited.GetProperty("microsoft").GetProperty("status").GetString());
        await Http.Problem(await A.PostAsync($"/v1/referrals/{id}/invitations", Http.Json(RestBodies.MicrosoftInvitation())), HttpStatusCode.Conflict, "conflict", "invitee");
    }

    [Fact]
    public async Task PUT_and_DELETE_favorite_are_idempotent_per_user_and_404_for_another_organization()
    {
        var id = (await Create(A, RestBodies.Create())).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await A.PutAsync($"/v1/referrals/{id}/favorite", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await A.PutAsync($"/v1/referrals/{id}/favorite", null)).StatusCode);
        var favorites = await Http.Read<JsonElement>(await A.GetAsync("/v1/referrals?favorite=true"));
        Assert.True(favorites.GetProperty("items")[0].GetProperty("favorite").GetBoolean());
        Assert.Equal(0, (await Http.Read<JsonElement>(await Server.As(Actors.AdminOf(Scenario.PartnerA, user: "bob")).GetAsync("/v1/referrals?favorite=true"))).GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, (await A.DeleteAsync($"/v1/referrals/{id}/favorite")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await A.DeleteAsync($"/v1/referrals/{id}/favorite")).StatusCode);
        Assert.Equal(0, (await Http.Read<JsonElement>(await A.GetAsync("/v1/referrals?favorite=true"))).GetProperty("items").GetArrayLength());
        await Http.Problem(await B.PutAsync($"/v1/referrals/{id}/favorite", null), HttpStatusCode.NotFound, "notFound");
    }

    [Fact]
    public async Task GET_history_lists_every_change_and_404s_for_another_organization()
    {
        var id = (await Create(A, RestBodies.Create())).GetProperty("id").GetString();
        await Http.Read<JsonElement>(await A.Patch($"/v1/referrals/{id}", Http.Json(new { salesStage = "Developed" })));
        var history = await Http.Read<JsonElement>(await A.GetAsync($"/v1/referrals/{id}/history"));
        Assert.Equal(["created", "updated"], history.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        await Http.Problem(await B.GetAsync($"/v1/referrals/{id}/history"), HttpStatusCode.NotFound, "notFound");
    }

    [Fact]
    public async Task GET_referrals_pages_through_more_than_one_page_newest_first()
    {
        for (var i = 0; i < 7; i++)
        {
            await Create(A, RestBodies.Create($"Deal {i}"));
            Server.Cluster.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var names = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var uri = "/v1/referrals?direction=Outgoing&top=3" + (token is null ? "" : $"&continuationToken={Uri.EscapeDataString(token)}");
            var page = await Http.Read<JsonElement>(await A.GetAsync(uri));
            names.AddRange(page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()!));
            token = page.TryGetProperty("continuationToken", out var next) ? next.GetString() : null;
            pages++;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 7).Reverse().Select(i => $"Deal {i}"), names);
        await Http.Problem(await A.GetAsync("/v1/referrals?continuationToken=garbage!"), HttpStatusCode.BadRequest, "invalidRequest", "continuationToken");
    }

    [Fact]
    public async Task GET_referrals_filters_by_each_R33_filter()
    {
        var cutoff = Server.Cluster.Clock.GetUtcNow();
        var p2p = (await Create(A, RestBodies.Create("P2P deal", [RestBodies.PartnerInvitation(Scenario.PartnerB)]))).GetProperty("id").GetString()!;
        Server.Cluster.Clock.Advance(TimeSpan.FromMinutes(5));
        var qualified = (await Create(A, RestBodies.Create("Qualified deal"))).GetProperty("id").GetString()!;
        await Http.Read<JsonElement>(await A.Patch($"/v1/referrals/{qualified}", Http.Json(new { salesStage = "Qualified" })));
        Server.Cluster.Clock.Advance(TimeSpan.FromMinutes(5));
        var lost = (await Create(A, RestBodies.Create("Lost deal"))).GetProperty("id").GetString()!;
        await Http.Read<JsonElement>(await A.PostAsync($"/v1/referrals/{lost}/close", Http.Json(new { outcome = "Lost", reason = "budget" })));

        async Task<string[]> Ids(string query) =>
            [.. (await Http.Read<JsonElement>(await A.GetAsync($"/v1/referrals?{query}"))).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];

        Assert.Equal([lost], await Ids("status=Closed"));
        Assert.Equal([lost], await Ids("substatus=Lost"));
        Assert.Equal([p2p], await Ids("dealType=PartnerToPartner"));
        Assert.Equal([qualified], await Ids("salesStage=Qualified"));
        Assert.Equal(3, (await Ids("customerName=conto")).Length);
        Assert.Empty(await Ids("customerName=litware"));
        Assert.Equal([lost, qualified], await Ids($"updatedSince={Uri.EscapeDataString(cutoff.AddMinutes(4).ToString("O"))}"));
        Assert.Equal(3, (await Ids("direction=Outgoing")).Length);
        Assert.Empty(await Ids("direction=Incoming"));
        var bNew = await Http.Read<JsonElement>(await B.GetAsync("/v1/referrals?direction=Incoming&status=New"));
        Assert.Equal(1, bNew.GetProperty("items").GetArrayLength());

        await Http.Problem(await A.GetAsync("/v1/referrals?status=Sleeping"), HttpStatusCode.BadRequest, "invalidRequest", "status");
        await Http.Problem(await A.GetAsync("/v1/referrals?updatedSince=last-week"), HttpStatusCode.BadRequest, "invalidRequest", "updatedSince");
        await Http.Problem(await A.GetAsync("/v1/referrals?direction=1"), HttpStatusCode.BadRequest, "invalidRequest", "direction");
    }
}
