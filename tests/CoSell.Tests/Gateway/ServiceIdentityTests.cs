using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using CoSell.Client.Identity;
using CoSell.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoSell.Tests.Gateway;

/// <summary>
/// Issue 15, point 3: service identities — a connector's token without a person. Its calls are attributed to the
/// service in history (R35), it can do exactly what its roles allow (R3), and no person's token can pose as one.
/// </summary>
public sealed class ServiceIdentityTests(SharedGatewayFixture fixture) : IClassFixture<SharedGatewayFixture>
{
    [Fact]
    public async Task A_service_creates_and_updates_and_history_names_the_service_R35()
    {
        var scenario = await fixture.NewScenarioAsync();
        var crm = fixture.Server.As(Actor.Service(scenario.PartnerA, Actors.PrimaryTenant(scenario.PartnerA), "crm-sync", [Role.ReferralAdmin]));

        var created = await Http.Read<JsonElement>(await crm.PostAsync("/v1/referrals", Http.Json(RestBodies.Create())), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        await Http.Read<JsonElement>(await crm.Patch($"/v1/referrals/{id}", Http.Json(new { salesStage = "Qualified" })));

        var history = await Http.Read<JsonElement>(await crm.GetAsync($"/v1/referrals/{id}/history"));
        Assert.All(history.GetProperty("items").EnumerateArray(), h => Assert.Equal("service:crm-sync", h.GetProperty("userId").GetString()));
        Assert.Equal(2, history.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_service_can_do_no_more_than_its_roles_R3()
    {
        var scenario = await fixture.NewScenarioAsync();
        var reader = fixture.Server.As(Actor.Service(scenario.PartnerA, Actors.PrimaryTenant(scenario.PartnerA), "bi-export", [Role.ReferralUser]));

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/v1/referrals")).StatusCode);
        await Http.Problem(await reader.PostAsync("/v1/referrals", Http.Json(RestBodies.Create())), HttpStatusCode.Forbidden, "accessDenied");
        await Http.Problem(await reader.PostAsync("/v1/webhooks",
            Http.Json(new { url = "https://crm.example.com/hook", events = new[] { "referral-updated" }, secret = "0123456789abcdef" })), HttpStatusCode.Forbidden, "accessDenied");
    }

    [Fact]
    public async Task Through_the_client_a_service_is_attributed_and_held_to_its_roles_by_the_grains_R3_R35()
    {
        var scenario = await fixture.NewScenarioAsync();
        var client = fixture.Server.Cluster.Client;
        var sync = Actor.Service(scenario.PartnerA, Actors.PrimaryTenant(scenario.PartnerA), "crm-sync", [Role.ReferralAdmin]);

        var created = await client.CreateReferral(sync, Requests.Private("Synced deal"));
        await client.Update(sync, created.Id, new UpdateReferralRequest { SalesStage = SalesStage.Qualified });
        Assert.All(await client.GetHistory(sync, created.Id), h => Assert.Equal("service:crm-sync", h.UserId));

        var reader = Actor.Service(scenario.PartnerA, Actors.PrimaryTenant(scenario.PartnerA), "bi-export", [Role.ReferralUser]);
        var refused = await Assert.ThrowsAsync<CoSellException>(() => client.CreateReferral(reader, Requests.Private()));
        Assert.Equal(ErrorCode.AccessDenied, refused.Code);
    }

    [Fact]
    public async Task A_persons_token_cannot_pose_as_a_service()
    {
        var scenario = await fixture.NewScenarioAsync();
        var client = fixture.Server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(
            new(CoSellClaims.Subject, "service:crm-sync"), new(CoSellClaims.Organization, scenario.PartnerA),
            new(CoSellClaims.Tenant, Actors.PrimaryTenant(scenario.PartnerA)), new(CoSellClaims.Role, nameof(Role.PartnerAdmin))));

        await Http.Problem(await client.GetAsync("/v1/referrals"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public void An_applications_own_token_is_a_service_named_by_its_client_id()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new(CoSellClaims.Subject, "5e1f0b4a-service-principal"), new(CoSellClaims.IdentityType, "app"), new(CoSellClaims.AuthorizedParty, "crm-connector-app"),
            new(CoSellClaims.Organization, Actors.PartnerA), new(CoSellClaims.Tenant, "t-1"), new(CoSellClaims.Role, nameof(Role.ReferralAdmin)),
        ]));

        var actor = ActorClaims.ToActor(principal)!;

        Assert.Equal(("service:crm-connector-app", true, "crm-connector-app"), (actor.UserId, actor.IsService, actor.ServiceName));
        var again = ActorClaims.ToActor(new ClaimsPrincipal(new ClaimsIdentity(ActorClaims.Of(actor))))!;
        Assert.Equal((actor.UserId, actor.OrganizationId, actor.TenantId), (again.UserId, again.OrganizationId, again.TenantId));
        Assert.Equal(actor.Roles, again.Roles);
    }

    [Fact]
    public async Task The_CLI_mints_a_service_token_and_refuses_a_user_named_like_a_service()
    {
        var token = await RunningSystem.MintToken("--service", "crm-sync", "--org", Actors.PartnerA, "--tenant", "t-1", "--role", "ReferralAdmin");
        var actor = await DevelopmentTokens.ValidateAsync(token);
        Assert.Equal(("service:crm-sync", true), (actor.UserId, actor.IsService));

        var (exit, _, error) = await ChildProcess.RunAsync(RunningSystem.CliPath, ["token", "--user", "service:crm-sync", "--org", Actors.PartnerA, "--tenant", "t-1", "--role", "ReferralAdmin"]);
        Assert.NotEqual(0, exit);
        Assert.Contains("--service NAME", error, StringComparison.Ordinal);
    }

    /// <summary>A development-signed token with exactly these claims (what a tampered or mis-issued token would carry).</summary>
    private static string Token(params Claim[] claims) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = DevelopmentTokens.Issuer,
        Audience = DevelopmentTokens.Audience,
        Subject = new ClaimsIdentity(claims),
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(DevelopmentTokens.SigningKey(null), SecurityAlgorithms.HmacSha256),
    });
}
