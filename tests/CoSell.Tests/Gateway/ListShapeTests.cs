using System.Net;
using System.Text.Json;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>Issue 10, point 14 (R33): every list route answers {items, continuationToken} and pages with top.</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class ListShapeTests(SharedGatewayFixture fixture) : ScenarioGatewayTests(fixture)
{
    [Fact]
    public async Task R33_every_list_has_one_shape_and_pages()
    {
        var a = Server.As(Actors.AdminOf(Scenario.PartnerA) with { Roles = [Role.PartnerAdmin] });
        var op = Server.As(Actors.Operator);
        var created = await Http.Read<JsonElement>(await a.PostAsync("/v1/referrals", Http.Json(RestBodies.Create(invitations: [RestBodies.PartnerInvitation(Scenario.PartnerB)]))), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        await Http.Read<JsonElement>(await a.Patch($"/v1/referrals/{id}", Http.Json(new { name = "Second" })));
        await Http.Read<JsonElement>(await a.Patch($"/v1/referrals/{id}", Http.Json(new { name = "Third" })));

        foreach (var (client, path) in new[]
        {
            (a, "/v1/partners?search=Fabrikam"), (a, "/v1/customers?search=o"), (a, "/v1/solutions"), (op, "/v1/registrations"),
            (a, "/v1/notifications"), (a, "/v1/webhooks"), (a, $"/v1/referrals/{id}/history"), (a, "/v1/referrals"),
        })
        {
            var list = await Http.Read<JsonElement>(await client.GetAsync(path));
            Assert.True(list.ValueKind == JsonValueKind.Object && list.GetProperty("items").ValueKind == JsonValueKind.Array, $"{path} is not {{items, continuationToken}}");
        }

        var all = new List<string?>();
        string? token = null;
        do
        {
            var page = await Http.Read<JsonElement>(await a.GetAsync($"/v1/referrals/{id}/history?top=2{(token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token))}"));
            Assert.InRange(page.GetProperty("items").GetArrayLength(), 1, 2);
            all.AddRange(page.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
            token = page.TryGetProperty("continuationToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);
        Assert.Equal(["created", "updated", "updated"], all);

        await Http.Problem(await a.GetAsync($"/v1/referrals/{id}/history?top=0"), HttpStatusCode.BadRequest, "invalidRequest", "top");
        await Http.Problem(await a.GetAsync("/v1/solutions?continuationToken=nope"), HttpStatusCode.BadRequest, "invalidRequest", "continuationToken");
    }
}
