using System.Net;
using System.Text;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>
/// Issue 15, point 2 through REST: <c>GET /v1/referrals/export</c> streams a view and its filters as CSV (UTF-8 with a
/// byte order mark, the chosen columns), and refuses a bad filter or column naming it before any byte is sent (R41).
/// </summary>
public sealed class ExportRouteTests(SharedGatewayFixture fixture) : IClassFixture<SharedGatewayFixture>
{
    [Fact]
    public async Task Export_streams_the_filtered_view_as_CSV_with_the_chosen_columns_R33()
    {
        var scenario = await fixture.NewScenarioAsync();
        var alice = fixture.Server.As(Actors.AdminOf(scenario.PartnerA));
        for (var i = 0; i < 105; i++)
        {
            await fixture.Server.Cluster.Client.CreateReferral(Actors.AdminOf(scenario.PartnerA), Requests.Private($"Export {i:D3}"));
        }

        var response = await alice.GetAsync("/v1/referrals/export?direction=Outgoing&columns=customer,value");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Referral,Referral id,Customer,Deal value", lines[0]);
        Assert.Equal(106, lines.Length);
        Assert.All(lines[1..], l => Assert.EndsWith(",Contoso,250000 USD", l, StringComparison.Ordinal));
        Assert.Equal(105, lines[1..].Select(l => l.Split(',')[1]).Distinct().Count());

        await Http.Problem(await alice.GetAsync("/v1/referrals/export?columns=customer,secret"), HttpStatusCode.BadRequest, "invalidRequest", "columns");
        await Http.Problem(await alice.GetAsync("/v1/referrals/export?status=Sideways"), HttpStatusCode.BadRequest, "invalidRequest", "status");
        await Http.Problem(await fixture.Server.Anonymous().GetAsync("/v1/referrals/export"), HttpStatusCode.Unauthorized, "unauthenticated");
    }
}
