using System.Net;
using System.Text.Json;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>Issue 16, point 2: an Operator assigns open co-sell requests and names the fallback queue's owners (R4, R22), a success and the refusals.</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class SellerQueueRouteTests(SharedGatewayFixture fixture) : ScenarioGatewayTests(fixture)
{
    private HttpClient Op => Server.As(Actors.Operator);

    [Fact]
    public async Task R4_R22_POST_assign_moves_an_open_request_to_another_seller_keeping_its_deadline()
    {
        var a = Server.As(Actors.AdminOf(Scenario.PartnerA));
        var deal = await Http.Read<JsonElement>(await a.PostAsync("/v1/referrals", Http.Json(RestBodies.Create(invitations: [RestBodies.MicrosoftInvitation()], withContact: true))), HttpStatusCode.Created);
        var first = deal.GetProperty("microsoft").GetProperty("sellerId").GetString()!;
        var other = first == Actors.SellerUs ? Actors.SellerUs2 : Actors.SellerUs;
        var request = $"{deal.GetProperty("id").GetString()}-{Organizations.Microsoft}";
        var before = await Http.Read<JsonElement>(await Server.As(Actors.Seller(first)).GetAsync($"/v1/referrals/{request}"));

        await Http.Problem(await a.PostAsync($"/v1/referrals/{request}/assign", Http.Json(new { sellerId = other })), HttpStatusCode.Forbidden, "accessDenied", "role");
        await Http.Problem(await Op.PostAsync($"/v1/referrals/{request}/assign", Http.Json(new { sellerId = "ghost" })), HttpStatusCode.UnprocessableEntity, "validationFailed", "sellerId");
        await Http.Problem(await Op.PostAsync($"/v1/referrals/{request}/assign", Http.Json(new { })), HttpStatusCode.UnprocessableEntity, "validationFailed", "sellerId");
        await Http.Problem(await Op.PostAsync("/v1/referrals/no-such-request/assign", Http.Json(new { sellerId = other })), HttpStatusCode.NotFound, "notFound", "referralId");

        var moved = await Http.Read<JsonElement>(await Op.PostAsync($"/v1/referrals/{request}/assign", Http.Json(new { sellerId = other })));
        Assert.Equal(other, moved.GetProperty("sellerId").GetString());
        Assert.Equal(before.GetProperty("expirationDateTime").GetDateTimeOffset(), moved.GetProperty("expirationDateTime").GetDateTimeOffset());
        await Http.Problem(await Server.As(Actors.Seller(first)).GetAsync($"/v1/referrals/{request}"), HttpStatusCode.NotFound, "notFound", "referralId");
        var now = await Http.Read<JsonElement>(await Server.As(Actors.Seller(other)).GetAsync($"/v1/referrals/{request}"));
        Assert.Equal("Received", now.GetProperty("substatus").GetString());
        await Http.Problem(await Op.PostAsync($"/v1/referrals/{request}/assign", Http.Json(new { sellerId = other })), HttpStatusCode.UnprocessableEntity, "validationFailed", "sellerId");
    }

    [Fact]
    public async Task R22_POST_colleagues_then_the_colleague_GETs_the_request_and_its_notes_but_cannot_answer_it()
    {
        var a = Server.As(Actors.AdminOf(Scenario.PartnerA));
        var deal = await Http.Read<JsonElement>(await a.PostAsync("/v1/referrals", Http.Json(RestBodies.Create(invitations: [RestBodies.MicrosoftInvitation()], withContact: true))), HttpStatusCode.Created);
        var holder = deal.GetProperty("microsoft").GetProperty("sellerId").GetString()!;
        var colleague = Server.As(Actors.Seller(holder == Actors.SellerUs ? Actors.SellerUs2 : Actors.SellerUs));
        var request = $"{deal.GetProperty("id").GetString()}-{Organizations.Microsoft}";
        await Http.Problem(await colleague.GetAsync($"/v1/referrals/{request}"), HttpStatusCode.NotFound, "notFound", "referralId");
        await Http.Problem(await Server.As(Actors.Seller(holder)).PostAsync($"/v1/referrals/{request}/colleagues", Http.Json(new { sellerId = "ghost" })),
            HttpStatusCode.UnprocessableEntity, "validationFailed", "sellerId");

        var joined = await Http.Read<JsonElement>(await Server.As(Actors.Seller(holder)).PostAsync($"/v1/referrals/{request}/colleagues",
            Http.Json(new { sellerId = holder == Actors.SellerUs ? Actors.SellerUs2 : Actors.SellerUs })));
        Assert.Equal(1, joined.GetProperty("microsoft").GetProperty("colleagues").GetArrayLength());

        var opened = await Eventually.Until(() => colleague.GetAsync($"/v1/referrals/{request}"), r => r.StatusCode == HttpStatusCode.OK, "the colleague opens the request");
        var read = await Http.Read<JsonElement>(opened);
        Assert.Equal((request, holder), (read.GetProperty("id").GetString(), read.GetProperty("microsoft").GetProperty("sellerId").GetString()));
        await Http.Read<JsonElement>(await colleague.PostAsync($"/v1/referrals/{request}/notes", Http.Json(new { text = "I know their CTO." })), HttpStatusCode.Created);
        var joinedList = await Http.Read<JsonElement>(await colleague.GetAsync("/v1/referrals/joined"));
        Assert.Contains(joinedList.GetProperty("items").EnumerateArray(), j => j.GetProperty("referralId").GetString() == request && j.GetProperty("heldBy").GetString() == holder);
        await Http.Problem(await a.GetAsync("/v1/referrals/joined"), HttpStatusCode.Forbidden, "accessDenied", "sellerId");
        await Http.Problem(await colleague.PostAsync($"/v1/referrals/{request}/accept", Http.Json(new { })), HttpStatusCode.NotFound, "notFound", "referralId");
    }

    [Fact]
    public async Task R4_PUT_and_GET_queue_owners_for_an_Operator_and_the_refusals()
    {
        var saved = await Http.Read<JsonElement>(await Op.PutAsync("/v1/queue/owners", Http.Json(new { sellerIds = new[] { Actors.SellerUs2 }, emails = new[] { "Ops@Microsoft.example" } })));
        Assert.Equal("ops@microsoft.example", saved.GetProperty("emails")[0].GetString());
        var read = await Http.Read<JsonElement>(await Op.GetAsync("/v1/queue/owners"));
        Assert.Equal(Actors.SellerUs2, read.GetProperty("sellerIds")[0].GetString());

        await Http.Problem(await Op.PutAsync("/v1/queue/owners", Http.Json(new { emails = new[] { "nope" } })), HttpStatusCode.UnprocessableEntity, "validationFailed", "emails[0]");
        await Http.Problem(await Op.PutAsync("/v1/queue/owners", Http.Json(new { sellerIds = new[] { "ghost" } })), HttpStatusCode.UnprocessableEntity, "validationFailed", "sellerIds[0]");
        await Http.Problem(await Server.As(Actors.Seller(Actors.SellerUs)).GetAsync("/v1/queue/owners"), HttpStatusCode.Forbidden, "accessDenied", "role");
    }
}
