using System.Text.Json;
using CoSell.Grains.Desks;
using CoSell.Grains.Domain;
using CoSell.Grains.Feed;
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
        // A colleague joined Microsoft's side (R22): its desk keeps a pointer, so the colleague's reads find the request here.
        work.AddRange(notifications.Where(n => n is { Kind: NotificationKind.ColleagueAdded, SellerId: not null } && state.SellerId is not null)
            .Select(n => grains.GetGrain<ISharedRequests>(n.SellerId!).Share(new SharedRequest(state.Id, state.Name, state.SellerId!, n.CreatedAt), EngagementKeys.Of(state))));
        await Task.WhenAll(work);
        if (engagement is not null)
        {
            await PublishEventsAsync(state, version, await engagement);
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
            state.Substatus, state.Name, state.Version, state.History.FirstOrDefault()?.Version == state.Version, state.History.LastOrDefault()?.UserId ?? "",
            IsWarning(state, state.Version));
        _ = grains.GetGrain<ILiveViewFeed>(owner).Changed(change);
        // The request's own colleagues (R22) hear of its changes even when the engagement is not reported with them.
        var watchers = (engagement is null ? [] : EngagementWatchers.Of(engagement).Select(w => w.Owner))
            .Concat(state.Colleagues.Select(c => ReferralKeys.Owner(Organizations.Microsoft, c.SellerId)));
        var related = change with { Own = false, TenantId = "", Name = "", ChangedBy = "", Warning = false };
        foreach (var party in watchers.Where(key => key != owner).Distinct(StringComparer.Ordinal))
        {
            _ = grains.GetGrain<ILiveViewFeed>(party).Changed(related);
        }
    }

    /// <summary>
    /// The change's events: the owner's (the whole referral) and, for each other party of the engagement, a related
    /// one (its status only, what R28 lets them see). Each is appended to its organization's change feed first, which
    /// gives it its cursor; webhooks, where there may be any (R36), then carry the same event with that cursor.
    /// </summary>
    private async Task PublishEventsAsync(ReferralState state, long version, EngagementView engagement)
    {
        var created = state.History.FirstOrDefault()?.Version == version;
        // A warning before the window closes (R18) is the answering party's own business: no related event.
        var warning = IsWarning(state, version);
        var own = JsonSerializer.Serialize(ResourceTranslation.ToResource(ReferralProjection.ToReferral(state, engagement, false)), RestJson.Options);
        var kind = created ? WebhookEvent.ReferralCreated : warning ? WebhookEvent.ReferralExpiring : WebhookEvent.ReferralUpdated;
        var publications = new List<Task>
        {
            AppendAndRingAsync(state.OrganizationId, new ReferralChange(state.Id, state.OrganizationId, version, state.UpdatedAt, kind, own),
                state.TenantId, state.SellerId),
        };

        var relatedParties = warning ? [] : engagement.Participants.Select(p => p.OrganizationId).Where(o => o != state.OrganizationId).Distinct().ToList();
        if (relatedParties.Count > 0)
        {
            var related = new ReferralChange(state.Id, state.OrganizationId, version, state.UpdatedAt,
                created ? WebhookEvent.RelatedReferralCreated : WebhookEvent.RelatedReferralUpdated,
                JsonSerializer.Serialize(
                    new RelatedReferralResource(state.Id, state.EngagementId, state.OrganizationId, state.OrganizationName, state.Status, state.Substatus, state.UpdatedAt),
                    RestJson.Options));
            publications.AddRange(relatedParties.Select(organization => AppendAndRingAsync(organization, related, null,
                organization == Organizations.Microsoft ? engagement.Microsoft.SellerId : null)));
        }

        await Task.WhenAll(publications);
    }

    /// <summary>Whether <paramref name="version"/> is a warning that the window closes soon (R18): its history entry says so.</summary>
    private static bool IsWarning(ReferralState state, long version) =>
        state.History.LastOrDefault() is { Action: ResponseWarnings.Action } last && last.Version == version;

    /// <summary>Into the organization's feed, then (with the feed's cursor) to its webhooks: the feed is the record, a webhook the doorbell.</summary>
    private async Task AppendAndRingAsync(string organization, ReferralChange change, string? tenantId, string? sellerId)
    {
        var cursor = await grains.GetGrain<IChangeFeedLog>(organization).Append(change, tenantId, sellerId);
        if (webhooks.MayHaveWebhooks(organization))
        {
            await grains.GetGrain<IWebhookFeed>(organization).Publish(change with { Cursor = cursor });
        }
    }
}
