using System.Text.Json;
using CoSell.Grains.Domain;
using CoSell.Grains.Live;
using CoSell.Grains.Webhooks;
using CoSell.Rest;

namespace CoSell.Grains.Referrals;

/// <summary>
/// Hands a stored referral change on to the grains outside its partition: its status to the engagement (R28), its
/// release from the seller directory's open requests (R22), its registration to the Operators' queue (R31), its
/// notifications to the recipients' outboxes (R34) and its events to webhooks (R36). Each of those is idempotent per
/// version, so a publication retried after a failure changes nothing twice.
/// </summary>
public sealed class ReferralPublisher(IGrainFactory grains, WebhookRegistryCache webhooks)
{
    /// <summary>Whether a new referral owes any publication beyond its engagement (which its create wrote): notifications or webhooks.</summary>
    public bool HasWork(ReferralState state, EngagementView engagement) =>
        state.PendingNotifications.Count > 0
        || webhooks.MayHaveWebhooks(state.OrganizationId)
        || engagement.Participants.Any(p => p.OrganizationId != state.OrganizationId && webhooks.MayHaveWebhooks(p.OrganizationId));

    /// <summary>
    /// Publish <paramref name="version"/> of the state (its status, when <paramref name="statusChanged"/>) and the given
    /// notifications. <paramref name="reported"/>: the engagement already holds this version (the create wrote it).
    /// </summary>
    public async Task PublishAsync(ReferralState state, long version, bool statusChanged, IReadOnlyList<Notification> notifications, EngagementView? reported = null)
    {
        var work = new List<Task>();
        Task<EngagementView>? engagement = null;
        if (statusChanged)
        {
            engagement = reported is not null
                ? Task.FromResult(reported)
                : grains.GetGrain<IEngagementGrain>(EngagementKeys.Of(state)).Report(ReferralProjection.ToEngagementEntry(state));
            work.Add(engagement);
            if (state.IsMicrosoftSide && state.Direction == ReferralDirection.Incoming && state.Substatus != Substatus.Received)
            {
                work.Add(grains.GetGrain<ISellerDirectoryGrain>(DirectoryKeys.Default).Release(state.Id));
            }

            if (state.Registration is { } registration)
            {
                work.Add(grains.GetGrain<IRegistrationQueueUpdates>(DirectoryKeys.Default).Upsert(new RegistrationQueueEntry(
                    state.Id, state.OrganizationId, state.Name, registration.Status, registration.ContractValue, registration.Currency, registration.UpdatedDateTime, version)));
            }
        }

        work.AddRange(notifications.Select(n => grains.GetGrain<INotificationQueue>(ReferralKeys.Owner(n.RecipientOrganizationId, n.SellerId)).Enqueue(n)));
        await Task.WhenAll(work);
        if (engagement is not null)
        {
            await PublishWebhookEvents(state, version, await engagement);
        }

        TellLive(state, engagement is null ? null : await engagement);
    }

    /// <summary>
    /// Tells the open pages (<see cref="ILiveViewFeed"/>, one-way): the owner's of the change, and with the engagement
    /// every other party's, which see its status (R28) and read the rest through the grains.
    /// </summary>
    public void TellLive(ReferralState state, EngagementView? engagement)
    {
        var owner = ReferralKeys.Owner(state.OrganizationId, state.SellerId);
        var change = new LiveChange(state.Id, state.EngagementId, state.OrganizationId, state.TenantId, true, state.Direction, state.Status,
            state.Substatus, state.Name, state.Version, state.History.FirstOrDefault()?.Version == state.Version, state.History.LastOrDefault()?.UserId ?? "");
        _ = grains.GetGrain<ILiveViewFeed>(owner).Changed(change);
        if (engagement is null)
        {
            return;
        }

        var related = change with { Own = false, TenantId = "", Name = "", ChangedBy = "" };
        foreach (var party in engagement.Participants
            .Select(p => p.OrganizationId == Organizations.Microsoft ? ReferralKeys.Owner(p.OrganizationId, engagement.Microsoft.SellerId) : ReferralKeys.Owner(p.OrganizationId, null))
            .Where(key => key != owner)
            .Distinct(StringComparer.Ordinal))
        {
            _ = grains.GetGrain<ILiveViewFeed>(party).Changed(related);
        }
    }

    /// <summary>
    /// R36: the owner's webhooks get the whole referral; the other parties of the engagement get its status only
    /// (what R28 lets them see), as related-referral events.
    /// </summary>
    private async Task PublishWebhookEvents(ReferralState state, long version, EngagementView engagement)
    {
        // Only to organizations that may have webhooks (the silo's registry snapshot; "maybe" whenever it is not fresh).
        var relatedParties = engagement.Participants.Select(p => p.OrganizationId)
            .Where(o => o != state.OrganizationId).Distinct().Where(webhooks.MayHaveWebhooks).ToList();
        var publications = new List<Task>();
        var created = state.History.FirstOrDefault()?.Version == version;
        if (webhooks.MayHaveWebhooks(state.OrganizationId))
        {
            var own = JsonSerializer.Serialize(ResourceTranslation.ToResource(ReferralProjection.ToReferral(state, engagement, false)), RestJson.Options);
            publications.Add(grains.GetGrain<IWebhookFeed>(state.OrganizationId).Publish(new ReferralChange(
                state.Id, state.OrganizationId, version, state.UpdatedAt, created ? WebhookEvent.ReferralCreated : WebhookEvent.ReferralUpdated, own)));
        }

        if (relatedParties.Count > 0)
        {
            var related = JsonSerializer.Serialize(
                new RelatedReferralResource(state.Id, state.EngagementId, state.OrganizationId, state.OrganizationName, state.Status, state.Substatus, state.UpdatedAt),
                RestJson.Options);
            publications.AddRange(relatedParties.Select(organization => grains.GetGrain<IWebhookFeed>(organization).Publish(new ReferralChange(
                state.Id, state.OrganizationId, version, state.UpdatedAt, created ? WebhookEvent.RelatedReferralCreated : WebhookEvent.RelatedReferralUpdated, related))));
        }

        await Task.WhenAll(publications);
    }
}
