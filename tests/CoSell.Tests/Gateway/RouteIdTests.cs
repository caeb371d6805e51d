using System.Net;
using System.Text.Json;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>Issue 10, point 16 (R41): a blank or whitespace id on any route is 400 naming it; no input answers 500.</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class RouteIdTests(SharedGatewayFixture fixture) : ScenarioGatewayTests(fixture)
{
    public static TheoryData<string> BadIds => new() { "%20", "%09", "%C2%85", "%20x", "x%0A" };

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task R41_a_whitespace_id_is_400_naming_it_on_every_route(string bad)
    {
        var a = Server.As(Actors.AdminOf(Scenario.PartnerA, user: "alice") with { Roles = [Role.PartnerAdmin] });
        var op = Server.As(Actors.Operator);
        var calls = new (HttpClient Client, HttpMethod Method, string Path, string Target)[]
        {
            (a, HttpMethod.Get, $"/v1/referrals/{bad}", "id"),
            (a, HttpMethod.Patch, $"/v1/referrals/{bad}", "id"),
            (a, HttpMethod.Post, $"/v1/referrals/{bad}/accept", "id"),
            (a, HttpMethod.Post, $"/v1/referrals/{bad}/decline", "id"),
            (a, HttpMethod.Post, $"/v1/referrals/{bad}/close", "id"),
            (a, HttpMethod.Post, $"/v1/referrals/{bad}/invitations", "id"),
            (a, HttpMethod.Put, $"/v1/referrals/{bad}/favorite", "id"),
            (a, HttpMethod.Delete, $"/v1/referrals/{bad}/favorite", "id"),
            (a, HttpMethod.Get, $"/v1/referrals/{bad}/history", "id"),
            (a, HttpMethod.Get, $"/v1/referrals/{bad}/registration", "id"),
            (a, HttpMethod.Post, $"/v1/referrals/{bad}/registration", "id"),
            (op, HttpMethod.Post, $"/v1/referrals/{bad}/registration/review", "id"),
            (op, HttpMethod.Put, $"/v1/partners/{bad}", "partnerId"),
            (op, HttpMethod.Put, $"/v1/customers/{bad}", "customerId"),
            (op, HttpMethod.Put, $"/v1/solutions/{bad}", "solutionId"),
            (op, HttpMethod.Put, $"/v1/sellers/{bad}", "sellerId"),
            (a, HttpMethod.Get, $"/v1/webhooks/{bad}", "id"),
            (a, HttpMethod.Delete, $"/v1/webhooks/{bad}", "id"),
            (a, HttpMethod.Post, $"/v1/organization/tenants/{bad}/link", "tenantId"),
            (a, HttpMethod.Delete, $"/v1/organization/tenants/{bad}/link", "tenantId"),
        };

        foreach (var (client, method, path, target) in calls)
        {
            var request = new HttpRequestMessage(method, path) { Content = method == HttpMethod.Get || method == HttpMethod.Delete ? null : Http.Json(new { }) };
            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {path}: {(int)response.StatusCode}");
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("invalidRequest", problem.GetProperty("code").GetString());
            Assert.Equal(target, problem.GetProperty("target").GetString());
        }
    }
}
