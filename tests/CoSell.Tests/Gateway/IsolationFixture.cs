using System.Net;
using System.Text.Json;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>
/// One cluster and gateway for the isolation tests, with partner A's referral and its co-sell request routed to one of
/// the two US sellers. The tests read them and one engages the request; none depends on another's changes, and no
/// other test's requests reach these sellers' inboxes.
/// </summary>
public sealed class IsolationFixture : IAsyncLifetime
{
    public GatewayServer Server { get; private set; } = null!;

    public string ReferralId { get; private set; } = "";

    public string CoSellRequestId => $"{ReferralId}-msft";

    public async Task InitializeAsync()
    {
        Server = await GatewayServer.StartAsync();
        var a = Server.As(Actors.AdminOf(Actors.PartnerA));
        var created = await Http.Read<JsonElement>(await a.PostAsync("/v1/referrals", Http.Json(RestBodies.Create(withContact: true, invitations: [RestBodies.MicrosoftInvitation()]))), HttpStatusCode.Created);
        ReferralId = created.GetProperty("id").GetString()!;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
