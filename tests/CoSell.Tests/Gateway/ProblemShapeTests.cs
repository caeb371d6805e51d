using System.Net;
using System.Text;
using System.Text.Json;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>Issue 10, points 17 and 21 (R41): every error the gateway answers — whichever layer raises it — is problem+json with a code.</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class ProblemShapeTests(SharedGatewayFixture fixture) : ScenarioGatewayTests(fixture)
{
    [Fact]
    public async Task R41_framework_statuses_415_405_and_404_are_problem_json_with_a_code()
    {
        var a = Server.As(Actors.AdminOf(Scenario.PartnerA));
        var text = await a.PostAsync("/v1/referrals", new StringContent("{}", Encoding.UTF8, "text/plain"));
        await Expect(text, HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType");
        await Expect(await a.PutAsync("/v1/referrals", Http.Json(new { })), HttpStatusCode.MethodNotAllowed, "methodNotAllowed");
        await Expect(await a.GetAsync("/v1/no-such-resource"), HttpStatusCode.NotFound, "notFound");
    }

    [Fact]
    public async Task R3_a_signed_token_without_an_organization_is_401_not_403()
    {
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        var token = handler.CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = CoSell.Client.Identity.DevelopmentTokens.Issuer,
            Audience = CoSell.Client.Identity.DevelopmentTokens.Audience,
            Claims = new Dictionary<string, object> { ["sub"] = "nobody", ["tid"] = "t", ["role"] = "ReferralAdmin" },
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(
                CoSell.Client.Identity.DevelopmentTokens.SigningKey(null), Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        });
        var client = Server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        await Expect(await client.GetAsync("/v1/referrals"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task R3_a_token_without_a_role_reads_nothing_403()
    {
        var roleless = Server.As(Actors.AdminOf(Scenario.PartnerA) with { Roles = [] });
        await Http.Problem(await roleless.GetAsync("/v1/referrals"), HttpStatusCode.Forbidden, "accessDenied", "role");
    }

    [Fact]
    public async Task R34_the_unsubscribe_link_answers_without_a_login_and_refuses_a_forged_token()
    {
        var page = await Server.Anonymous().GetAsync("/v1/contacts/unsubscribe?token=abc");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<form method=\"post\"", await page.Content.ReadAsStringAsync());
        var forged = await Server.Anonymous().PostAsync("/v1/contacts/unsubscribe?token=abc", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        await Expect(forged, HttpStatusCode.BadRequest, "invalidRequest");
    }

    private static async Task Expect(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
    }
}
