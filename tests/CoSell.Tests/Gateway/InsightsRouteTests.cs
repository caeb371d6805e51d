using System.Net;
using System.Text.Json;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>Issue 15, point 5 through REST: <c>GET /v1/insights</c> answers the figures as they stand and refuses a bad window naming it (R41).</summary>
public sealed class InsightsRouteTests(SharedGatewayFixture fixture) : IClassFixture<SharedGatewayFixture>
{
    [Fact]
    public async Task GET_insights_shows_the_pipeline_and_refuses_a_bad_window()
    {
        var scenario = await fixture.NewScenarioAsync();
        var alice = fixture.Server.As(Actors.AdminOf(scenario.PartnerA));
        await Http.Read<JsonElement>(await alice.PostAsync("/v1/referrals", Http.Json(RestBodies.Create())), HttpStatusCode.Created);

        var insights = await Http.Read<JsonElement>(await alice.GetAsync("/v1/insights?expiringWithinDays=7"));
        var figure = Assert.Single(insights.GetProperty("pipeline").EnumerateArray());
        Assert.Equal(("Created", 1), (figure.GetProperty("stage").GetString(), figure.GetProperty("count").GetInt32()));
        Assert.Equal(7, insights.GetProperty("expiringWithinDays").GetInt32());

        await Http.Problem(await alice.GetAsync("/v1/insights?expiringWithinDays=0"), HttpStatusCode.BadRequest, "invalidRequest", "expiringWithinDays");
        await Http.Problem(await alice.GetAsync("/v1/insights?expiringWithinDays=soon"), HttpStatusCode.BadRequest, "invalidRequest", "expiringWithinDays");
    }
}
