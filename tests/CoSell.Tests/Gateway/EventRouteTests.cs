using System.Net;
using System.Text.Json;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>
/// Issue 15, point 1 through REST: <c>GET /v1/events</c> answers CloudEvents in order with a cursor each, resumes
/// after a cursor, refuses a bad one naming it (R41), and a webhook delivery carries the same cursor as the feed's
/// entry for that change — the webhook rings, the feed is the record.
/// </summary>
public sealed class EventRouteTests(SharedGatewayFixture fixture) : IClassFixture<SharedGatewayFixture>
{
    [Fact]
    public async Task GET_events_pages_the_feed_by_cursor_and_a_webhook_delivery_carries_the_same_cursor_R36()
    {
        var scenario = await fixture.NewScenarioAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = fixture.Server.As(new Actor(scenario.PartnerA, Actors.PrimaryTenant(scenario.PartnerA), "pat", [Role.PartnerAdmin]));
        await Http.Read<JsonElement>(await admin.PostAsync("/v1/webhooks",
            Http.Json(new { url = receiver.Url, events = new[] { "referral-created", "referral-updated" }, secret = "0123456789abcdef" })), HttpStatusCode.Created);

        var alice = fixture.Server.As(Actors.AdminOf(scenario.PartnerA));
        var created = await Http.Read<JsonElement>(await alice.PostAsync("/v1/referrals", Http.Json(RestBodies.Create())), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        await Http.Read<JsonElement>(await alice.Patch($"/v1/referrals/{id}", Http.Json(new { salesStage = "Qualified" })));

        var first = await Http.Read<JsonElement>(await admin.GetAsync("/v1/events?top=1"));
        var createdEvent = Assert.Single(first.GetProperty("items").EnumerateArray());
        Assert.Equal(("1.0", "referral-created", id), (createdEvent.GetProperty("specversion").GetString(), createdEvent.GetProperty("type").GetString(), createdEvent.GetProperty("subject").GetString()));
        Assert.Equal(id, createdEvent.GetProperty("data").GetProperty("id").GetString());
        Assert.True(first.GetProperty("more").GetBoolean());

        var cursor = first.GetProperty("cursor").GetString()!;
        var next = await Http.Read<JsonElement>(await admin.GetAsync($"/v1/events?after={Uri.EscapeDataString(cursor)}"));
        var updated = Assert.Single(next.GetProperty("items").EnumerateArray());
        Assert.Equal("referral-updated", updated.GetProperty("type").GetString());
        Assert.False(next.GetProperty("more").GetBoolean());

        // The webhook's delivery of the update carries the feed's cursor for it.
        var delivered = await Eventually.Until(() => Task.FromResult(receiver.Requests.ToArray()), r => r.Length >= 2, "both deliveries");
        var ringing = delivered.Select(r => JsonDocument.Parse(r.Body).RootElement).Single(e => e.GetProperty("type").GetString() == "referral-updated");
        Assert.Equal(updated.GetProperty("cursor").GetString(), ringing.GetProperty("cursor").GetString());
        Assert.Equal(updated.GetProperty("id").GetString()!.Split(':')[0], ringing.GetProperty("subject").GetString());

        await Http.Problem(await admin.GetAsync("/v1/events?after=nonsense"), HttpStatusCode.BadRequest, "invalidRequest", "after");
        await Http.Problem(await admin.GetAsync("/v1/events?top=5000"), HttpStatusCode.BadRequest, "invalidRequest", "top");
        await Http.Problem(await fixture.Server.Anonymous().GetAsync("/v1/events"), HttpStatusCode.Unauthorized, "unauthenticated");
    }
}
