using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>Authentication and per-organization isolation (R3, issue 3): no token 401, missing role 403, another organization's referral 404.</summary>
public sealed class IsolationTests(IsolationFixture fixture) : IClassFixture<IsolationFixture>
{
    private readonly GatewayServer _server = fixture.Server;
    private readonly string _referralId = fixture.ReferralId;
    private readonly string _coSellRequestId = fixture.CoSellRequestId;

    [Fact]
    public async Task No_token_or_a_token_signed_with_another_key_is_401()
    {
        await Http.Problem(await _server.Anonymous().GetAsync($"/v1/referrals/{_referralId}"), HttpStatusCode.Unauthorized, "unauthenticated");
        await Http.Problem(await _server.As(Actors.AdminOf(Actors.PartnerA), key: "some-other-key-of-sufficient-length-for-hs256").GetAsync($"/v1/referrals/{_referralId}"),
            HttpStatusCode.Unauthorized, "unauthenticated");
        var garbage = _server.Anonymous();
        garbage.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-jwt");
        await Http.Problem(await garbage.PostAsync("/v1/referrals", Http.Json(RestBodies.Create())), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task A_reader_may_read_but_not_change_403()
    {
        var reader = _server.As(Actors.ReaderOf(Actors.PartnerA));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/v1/referrals/{_referralId}")).StatusCode);
        await Http.Problem(await reader.PostAsync("/v1/referrals", Http.Json(RestBodies.Create())), HttpStatusCode.Forbidden, "accessDenied", "role");
        await Http.Problem(await reader.Patch($"/v1/referrals/{_referralId}", Http.Json(new { name = "x" })), HttpStatusCode.Forbidden, "accessDenied", "role");
        await Http.Problem(await reader.PostAsync($"/v1/referrals/{_referralId}/close", Http.Json(new { outcome = "Won" })), HttpStatusCode.Forbidden, "accessDenied", "role");
    }

    [Fact]
    public async Task Another_organizations_referral_is_404_for_reads_and_changes_and_never_shows_data()
    {
        var b = _server.As(Actors.AdminOf(Actors.PartnerB));
        var read = await Http.Problem(await b.GetAsync($"/v1/referrals/{_referralId}"), HttpStatusCode.NotFound, "notFound");
        Assert.DoesNotContain("Contoso", read.ToString());
        await Http.Problem(await b.Patch($"/v1/referrals/{_referralId}", Http.Json(new { name = "hijack" })), HttpStatusCode.NotFound, "notFound");
        await Http.Problem(await b.PostAsync($"/v1/referrals/{_referralId}/close", Http.Json(new { outcome = "Won" })), HttpStatusCode.NotFound, "notFound");
        var a = await Http.Read<JsonElement>(await _server.As(Actors.AdminOf(Actors.PartnerA)).GetAsync($"/v1/referrals/{_referralId}"));
        Assert.Equal("Contoso data platform", a.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_seller_sees_only_the_co_sell_requests_routed_to_it()
    {
        var a = await Http.Read<JsonElement>(await _server.As(Actors.AdminOf(Actors.PartnerA)).GetAsync($"/v1/referrals/{_referralId}"));
        var routedTo = a.GetProperty("microsoft").GetProperty("sellerId").GetString()!;
        var other = routedTo == Actors.SellerUs ? Actors.SellerUs2 : Actors.SellerUs;

        var mine = await Http.Read<JsonElement>(await _server.As(Actors.Seller(routedTo)).GetAsync("/v1/referrals?direction=Incoming"));
        Assert.Equal(_coSellRequestId, mine.GetProperty("items")[0].GetProperty("id").GetString());
        var theirs = await Http.Read<JsonElement>(await _server.As(Actors.Seller(other)).GetAsync("/v1/referrals?direction=Incoming"));
        Assert.Equal(0, theirs.GetProperty("items").GetArrayLength());
        await Http.Problem(await _server.As(Actors.Seller(other)).PostAsync($"/v1/referrals/{_coSellRequestId}/accept", null), HttpStatusCode.NotFound, "notFound");
        await Http.Problem(await _server.As(Actors.Seller(routedTo)).GetAsync($"/v1/referrals/{_referralId}"), HttpStatusCode.NotFound, "notFound");

        var engaged = await Http.Read<JsonElement>(await _server.As(Actors.Seller(routedTo)).PostAsync($"/v1/referrals/{_coSellRequestId}/accept", null));
        Assert.Equal("Accepted", engaged.GetProperty("substatus").GetString());
    }

    [Fact]
    public async Task A_partner_user_of_another_partner_cannot_list_its_views()
    {
        var intruder = _server.As(new Actor(Actors.PartnerA, "t-not-of-a", "eve", [Role.ReferralAdmin]));
        await Http.Problem(await intruder.GetAsync("/v1/referrals"), HttpStatusCode.Forbidden, "accessDenied", "tenantId");
    }
}
