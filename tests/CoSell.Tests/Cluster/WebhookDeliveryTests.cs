using System.Text.Json;
using CoSell.Grains.Webhooks;
using CoSell.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoSell.Tests.Cluster;

/// <summary>R36 webhooks (issue 4, acceptance 3): signed CloudEvents, retried after 500s, duplicates recognisable by id, in order.</summary>
[LongRunning]
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private const string Secret = "a-shared-secret-of-some-length";
    private CoSellCluster _cluster = null!;

    private static Actor AdminA => Actors.AdminOf(Actors.PartnerA) with { Roles = [Role.PartnerAdmin] };

    public async Task InitializeAsync() => _cluster = await CoSellCluster.StartWithEcosystemAsync(new Dictionary<string, string?> { ["CoSell:Webhooks:RetryDelay"] = "00:00:30" });

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task R36_signed_deliveries_are_retried_after_two_500s_keep_their_id_and_arrive_in_order()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        var webhook = await _cluster.Client.RegisterWebhook(AdminA, new WebhookRequest(receiver.Url, ["referral-created", "referral-updated"], Secret));

        var created = await _cluster.Client.CreateReferral(AdminA, Requests.Private());
        await _cluster.Client.Update(AdminA, created.Id, new UpdateReferralRequest { Name = "Renamed" });

        // Each failed attempt schedules the next one 30 s, then 60 s later on the (fake) clock: wait until the
        // webhook grain has recorded the failure and its next attempt, then move the clock there.
        foreach (var attempts in new[] { 1, 2 })
        {
            var pending = await Eventually.Until(() => _cluster.Client.GetWebhookDeliveries(AdminA, webhook.Id),
                d => d.Count > 0 && d[0].Attempts == attempts && d[0].NextAttemptAt is not null, $"failed attempt {attempts} recorded");
            _cluster.Clock.SetUtcNow(pending[0].NextAttemptAt!.Value);
        }

        var requests = await Eventually.Until(() => Task.FromResult(receiver.Requests.ToList()), r => r.Count >= 4,
            $"the retried and the next delivery (deliveries: {string.Join("; ", await _cluster.Client.GetWebhookDeliveries(AdminA, webhook.Id))}, clock {_cluster.Clock.GetUtcNow():O})");

        Assert.Equal([500, 500, 200, 200], requests.Select(r => r.AnsweredStatus));
        foreach (var request in requests)
        {
            Assert.True(WebhookSignature.Verify(request.Body, Secret, request.Signature), "signature does not verify");
            Assert.StartsWith("application/cloudevents+json", request.ContentType);
        }

        var events = requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        var ids = events.Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(ids[0], ids[2]);
        Assert.NotEqual(ids[0], ids[3]);
        Assert.Equal(ids.Select(i => i), requests.Select(r => r.DeliveryId));
        Assert.Equal(["referral-created", "referral-created", "referral-created", "referral-updated"], events.Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(created.Id, events[0].GetProperty("data").GetProperty("id").GetString());
        Assert.Equal("Contoso data platform", events[0].GetProperty("data").GetProperty("name").GetString());
        Assert.Equal("Renamed", events[3].GetProperty("data").GetProperty("name").GetString());
        Assert.Equal("1.0", events[0].GetProperty("specversion").GetString());

        var deliveries = await _cluster.Client.GetWebhookDeliveries(AdminA, webhook.Id);
        Assert.Equal(3, deliveries[0].Attempts);
        Assert.All(deliveries, d => Assert.NotNull(d.DeliveredAt));

        // Nothing is delivered twice once acknowledged: after an hour of retry ticks, a marker change is delivered
        // next; the queue delivers in order, so any repeat of the earlier ones would have arrived before it.
        _cluster.Clock.Advance(TimeSpan.FromHours(1));
        await _cluster.Client.Update(AdminA, created.Id, new UpdateReferralRequest { Name = "Marker" });
        var all = await Eventually.Until(() => Task.FromResult(receiver.Requests.ToList()), r => r.Count >= 5, "the marker delivery");
        Assert.Equal(5, all.Count);
        Assert.Equal("Marker", JsonDocument.Parse(all[4].Body).RootElement.GetProperty("data").GetProperty("name").GetString());
    }

    [Fact]
    public async Task R36_other_parties_get_related_referral_events_with_status_only()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var adminB = Actors.AdminOf(Actors.PartnerB) with { Roles = [Role.PartnerAdmin] };
        await _cluster.Client.RegisterWebhook(adminB, new WebhookRequest(receiver.Url, ["related-referral-updated"], Secret));

        var created = await _cluster.Client.CreateReferral(AdminA, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        await _cluster.Client.Update(AdminA, created.Id, new UpdateReferralRequest { SalesStage = SalesStage.Qualified });

        var requests = await Eventually.Until(() => Task.FromResult(receiver.Requests.ToList()), r => r.Count >= 1, "the related event");
        var cloudEvent = JsonDocument.Parse(requests[0].Body).RootElement;
        Assert.Equal("related-referral-updated", cloudEvent.GetProperty("type").GetString());
        Assert.Equal(created.Id, cloudEvent.GetProperty("data").GetProperty("id").GetString());
        Assert.False(cloudEvent.GetProperty("data").TryGetProperty("details", out _), "a related event must not carry another party's deal details");
    }

    [Fact]
    public async Task R28_R36_every_invited_party_hears_of_every_other_partys_receipt_of_one_fan_out()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var adminC = Actors.AdminOf(Actors.PartnerC) with { Roles = [Role.PartnerAdmin] };
        await _cluster.Client.RegisterWebhook(adminC, new WebhookRequest(receiver.Url, ["related-referral-created"], Secret));

        var created = await _cluster.Client.CreateReferral(AdminA, Requests.P2P(
            Requests.PartnerInvitation(Actors.PartnerB), Requests.PartnerInvitation(Actors.PartnerC)));

        // The create writes the engagement with every receipt in it, so C is a party when A's referral is published and
        // hears of it, and hears of B's receipt whichever of the two was delivered first.
        var requests = await Eventually.Until(() => Task.FromResult(receiver.Requests.ToList()), r => r.Count >= 2, "the related events");
        var events = requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("data"))
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("substatus").GetString());
        Assert.Equal(new[] { created.Id, $"{created.Id}-{Actors.PartnerB}" }.Order(StringComparer.Ordinal), events.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(nameof(Substatus.Received), events[$"{created.Id}-{Actors.PartnerB}"]);
        Assert.Equal(2, requests.Count);
    }

    [Fact]
    public async Task R36_changes_publish_nothing_to_organizations_without_webhooks_and_everything_once_one_registers()
    {
        var cache = _cluster.Cluster.Silos[0].SiloHost.Services.GetRequiredService<WebhookRegistryCache>();
        await cache.RefreshAsync();
        var created = await _cluster.Client.CreateReferral(AdminA, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        await _cluster.Client.Update(AdminA, created.Id, new UpdateReferralRequest { SalesStage = SalesStage.Qualified });

        // No organization has a webhook: no webhook grain was even activated.
        var statistics = await _cluster.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        Assert.DoesNotContain(statistics, s => s.GrainType.Contains("Webhooks.WebhookGrain", StringComparison.Ordinal) && s.ActivationCount > 0);

        // A registration returns only once no silo trusts a snapshot without it: the next change reaches it.
        await using var receiver = await WebhookReceiver.StartAsync();
        await _cluster.Client.RegisterWebhook(AdminA, new WebhookRequest(receiver.Url, ["referral-updated"], Secret));
        await _cluster.Client.Update(AdminA, created.Id, new UpdateReferralRequest { SalesStage = SalesStage.Developed });
        var delivered = await Eventually.Until(() => Task.FromResult(receiver.Requests.ToList()), r => r.Count >= 1, "the update after registering");
        Assert.Equal(created.Id, JsonDocument.Parse(Assert.Single(delivered).Body).RootElement.GetProperty("data").GetProperty("id").GetString());
    }

    [Fact]
    public async Task R36_registration_is_validated_and_for_PartnerAdmins()
    {
        var bad = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.RegisterWebhook(AdminA, new WebhookRequest("ftp://x", ["referral-created"], Secret)));
        Assert.Equal("url", bad.Target);
        var badEvent = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.RegisterWebhook(AdminA, new WebhookRequest("http://127.0.0.1:1/h", ["referral-deleted"], Secret)));
        Assert.Equal("events[0]", badEvent.Target);
        var weak = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.RegisterWebhook(AdminA, new WebhookRequest("http://127.0.0.1:1/h", ["referral-created"], "short")));
        Assert.Equal("secret", weak.Target);
        var denied = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.RegisterWebhook(Actors.AdminOf(Actors.PartnerA), new WebhookRequest("http://127.0.0.1:1/h", ["referral-created"], Secret)));
        Assert.Equal(ErrorCode.AccessDenied, denied.Code);
        var hook = await _cluster.Client.RegisterWebhook(AdminA, new WebhookRequest("http://127.0.0.1:1/h", ["referral-created"], Secret));
        Assert.Single(await _cluster.Client.ListWebhooks(Actors.AdminOf(Actors.PartnerA)));
        await _cluster.Client.DeleteWebhook(AdminA, hook.Id);
        Assert.Empty(await _cluster.Client.ListWebhooks(AdminA));
    }
}
