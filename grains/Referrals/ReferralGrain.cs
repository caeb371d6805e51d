using System.Text.Json;
using CoSell.Grains.Desks;
using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;
using CoSell.Grains.Observability;
using CoSell.Grains.Options;
using Microsoft.Extensions.Logging;
using CoSell.Rest;
using Microsoft.Extensions.Options;

namespace CoSell.Grains.Referrals;

/// <summary>
/// One referral. Loads its state, applies a domain rule, writes, then publishes the change: its summary to the
/// owner's desk, its status to the engagement, notifications to the outbox. It never calls back into a grain that is
/// waiting on it: when its owner desk calls it (create, invite, expire, the desk's own reads) the desk indexes the
/// summary it gets back and checks tenant links and favorites itself. Interleaving does not make such a callback safe:
/// a desk that is deactivating (its silo stopping) holds every incoming call until its running call ends, so the
/// two would wait on each other until a timeout.
/// The response window (R18, R21, R22) is kept by the owner desk: on receipt the referral reports its summary
/// (with the deadline) to the desk before it is first written, and the desk's one window reminder calls
/// <see cref="ExpireIfDue"/> when the deadline passes. Expiry checks the stored deadline, so late or repeated
/// calls change nothing. Referrals received before that design still carry a <see cref="ResponseWindowReminder"/>
/// of their own, which ends itself on its next tick.
/// </summary>
public sealed partial class ReferralGrain(
    [PersistentState("referral", StorageNames.Default)] IPersistentState<ReferralState> store,
    TimeProvider clock,
    IOptions<CoSellOptions> options,
    CoSellMetrics metrics,
    Webhooks.WebhookRegistryCache webhooks,
    ILogger<ReferralGrain> logger) : Grain, IReferralGrain, IRemindable
{
    public const string ResponseWindowReminder = "response-window";

    private static readonly TimeSpan PublishRetry = TimeSpan.FromSeconds(5);

    private IGrainTimer? _publishRetry;

    /// <summary>The version this activation already reported to the owner desk (a receipt indexes before its write).</summary>
    private long _indexedVersion;

    private ReferralState State => store.State;

    private string Id => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Exists && (State.PublishedVersion < State.Version || State.PendingNotifications.Count > 0))
        {
            // A change was written but its publication may not have finished before the last activation ended.
            SchedulePublishRetry(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    public async Task<Referral> Get(Actor actor)
    {
        await EnsureVisible(actor);
        return await Snapshot(actor);
    }

    public async Task<Referral> GetForDesk(Actor actor, string? fingerprint = null)
    {
        ReferralGuards.EnsureVisibleTo(State, actor, Id);
        RequestFingerprint.EnsureSame(State, fingerprint);
        var engagement = await ClusterReads.Read(GrainFactory.GetGrain<IEngagementGrain>(State.EngagementId).Get);
        return ReferralProjection.ToReferral(State, engagement, false);
    }

    public async Task<IReadOnlyList<HistoryEntry>> GetHistory(Actor actor)
    {
        await EnsureVisible(actor);
        return State.History.ToArray();
    }

    public async Task<Referral> Update(Actor actor, UpdateReferralRequest request)
    {
        await EnsureChangeable(actor, request.IfMatch);
        IReadOnlyDictionary<string, Solution> catalog = new Dictionary<string, Solution>();
        if (request.Solutions is { Count: > 0 } ids)
        {
            var found = await GrainFactory.GetGrain<ISolutionCatalogGrain>(DirectoryKeys.Default).Get([.. ids.Where(i => i is not null)]);
            catalog = found.ToDictionary(s => s.Id);
        }

        if (request.CrmStage is { } crmStage)
        {
            request = request with { SalesStage = await MapCrmStage(request, crmStage), CrmStage = null };
        }

        var before = State.Version;
        ReferralEditing.Apply(State, actor, request, catalog, clock.GetUtcNow());
        if (State.Version != before)
        {
            await Commit();
        }

        return await Snapshot(actor);
    }

    public async Task<Referral> Accept(Actor actor, AcceptReferralRequest request)
    {
        await EnsureChangeable(actor, request.IfMatch);
        InboundResponse.Accept(State, actor, request, clock.GetUtcNow());
        await Commit();
        metrics.Accepted.Add(1);
        return await Snapshot(actor);
    }

    public async Task<Referral> Decline(Actor actor, DeclineReferralRequest request)
    {
        await EnsureChangeable(actor, request.IfMatch);
        InboundResponse.Decline(State, actor, request, clock.GetUtcNow());
        await Commit();
        metrics.Declined.Add(1);
        return await Snapshot(actor);
    }

    public async Task<Referral> Close(Actor actor, CloseReferralRequest request)
    {
        await EnsureChangeable(actor, request.IfMatch);
        ReferralClosing.Close(State, actor, request, clock.GetUtcNow());
        await Commit();
        (State.Substatus == Substatus.Won ? metrics.Won : metrics.Lost).Add(1);
        return await Snapshot(actor);
    }

    public async Task<RegistrationView> GetRegistration(Actor actor)
    {
        await EnsureRegistrationVisible(actor);
        return await RegistrationView();
    }

    public async Task<RegistrationView> SubmitRegistration(Actor actor, RegistrationRequest request)
    {
        await EnsureVisible(actor);
        if (!actor.CanWorkReferrals)
        {
            throw CoSellException.AccessDenied("role", "Registering deals needs the PartnerAdmin or ReferralAdmin role (R3).");
        }

        var engagement = await GrainFactory.GetGrain<IEngagementGrain>(State.EngagementId).Get();
        DealRegistrationRules.Submit(State, actor, request ?? new RegistrationRequest(), DealRegistrationRules.Eligibility(State, engagement), clock.GetUtcNow());
        await Commit();
        return await RegistrationView();
    }

    public async Task<RegistrationView> ReviewRegistration(Actor actor, RegistrationReview review)
    {
        await EnsureRegistrationVisible(actor);
        DealRegistrationRules.Review(State, actor, review ?? new RegistrationReview(null, null), clock.GetUtcNow());
        await Commit();
        return await RegistrationView();
    }

    public async Task<ReferralCreated> CreateOutbound(OutboundReferralDraft draft)
    {
        if (draft.Id != Id)
        {
            throw CoSellException.InvalidRequest("id", $"Draft for '{draft.Id}' sent to referral '{Id}'.");
        }

        if (!State.Exists)
        {
            OutboundReferral.Create(State, draft, clock.GetUtcNow());
            _indexedVersion = State.Version;
            await Commit();
            metrics.Created.Add(1);
        }
        else if (State.OrganizationId != draft.OrganizationId || State.SellerId != draft.SellerId)
        {
            throw CoSellException.Conflict("id", $"Referral '{Id}' already exists.");
        }
        else
        {
            RequestFingerprint.EnsureSame(State, draft.RequestFingerprint);
        }

        return new ReferralCreated(ReferralProjection.ToReferral(State, null, false), OutboundReferral.Deliveries(State), ReferralProjection.ToSummary(State));
    }

    public async Task<InvitationRecorded> AddInvitation(Actor actor, PlannedInvitation invitation, string? ifMatch, bool resuming = false)
    {
        if (resuming && State.Invitations.Find(i => i.InviteeOrganizationId == invitation.InviteeOrganizationId) is { } recorded)
        {
            // A desk finishing an invitation it wrote down before a crash: recorded already, so only deliver it.
            return new InvitationRecorded(OutboundReferral.Delivery(State, recorded), ReferralProjection.ToSummary(State));
        }

        // The desk checked the tenant (R2); the organization, role and ETag checks are the referral's.
        ReferralGuards.EnsureVisibleTo(State, actor, Id);
        ReferralGuards.EnsureChangeable(State, actor, Id, ifMatch);
        var dealType = InvitationPolicy.Check(State, invitation.InviteeOrganizationId);
        InvitationPolicy.Apply(State, actor, invitation, dealType, clock.GetUtcNow());
        _indexedVersion = State.Version;
        await Commit();
        return new InvitationRecorded(OutboundReferral.Delivery(State, invitation), ReferralProjection.ToSummary(State));
    }

    public async Task Receive(InboundReferralDraft draft)
    {
        if (State.Exists)
        {
            return;
        }

        var window = draft.OrganizationId == Organizations.Microsoft ? options.Value.Windows.SellerDecision : options.Value.Windows.InboundResponse;
        var now = clock.GetUtcNow();
        InboundResponse.Receive(State, draft, now + window, now);

        // The desk records the window (its deadline in the view, its reminder set) before the referral is written:
        // if the write never happens the desk's tick finds nothing to expire and drops the window; if it does, the
        // window can never be missing. The publication after the write repeats this version and changes nothing.
        try
        {
            await OwnerDesk(State).Index(ReferralProjection.ToSummary(State));
            _indexedVersion = State.Version;
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        await Commit();
        metrics.Received.Add(1);
    }

    public async Task<ReferralSummary?> ExpireIfDue()
    {
        if (!State.Exists)
        {
            return null;
        }

        // The desk's reminder is waiting on this call and corrects its view from the answer: no Index call back.
        await ExpireAt(clock.GetUtcNow(), deskIndexes: true);
        return ReferralProjection.ToSummary(State);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ResponseWindowReminder)
        {
            return;
        }

        // A window reminder of a referral received before desks kept the windows: expire if due, then end it.
        await ExpireAt(clock.GetUtcNow(), deskIndexes: false);
        if (!State.Exists || State.Substatus != Substatus.Received)
        {
            await CloseResponseWindow();
        }
    }

    private async Task ExpireAt(DateTimeOffset firedAt, bool deskIndexes)
    {
        var deadline = State.ExpirationDateTime;
        if (InboundResponse.Expire(State, firedAt))
        {
            if (deskIndexes)
            {
                _indexedVersion = State.Version;
            }

            LogExpired(Id, State.EngagementId, State.OrganizationId);
            await Commit();
            metrics.Expired.Add(1);
            metrics.ReminderLag.Record((firedAt - deadline!.Value).TotalSeconds);
        }
    }

    /// <summary>
    /// R2, R3: visible to the caller's organization (and seller), and for a partner, to users of the referral's own
    /// tenant or of a tenant linked with it; the partner grain knows the links. Anything else is 404.
    /// </summary>
    private async Task EnsureVisible(Actor actor)
    {
        ReferralGuards.EnsureVisibleTo(State, actor, Id);
        if (!State.IsMicrosoftSide && actor.TenantId != State.TenantId
            && !await ClusterReads.Read(() => GrainFactory.GetGrain<IPartnerGrain>(State.OrganizationId).SharesInbox(actor.TenantId, State.TenantId)))
        {
            throw ReferralGuards.NotFound(Id);
        }
    }

    private async Task EnsureChangeable(Actor actor, string? ifMatch)
    {
        await EnsureVisible(actor);
        ReferralGuards.EnsureChangeable(State, actor, Id, ifMatch);
    }

    private async Task EnsureRegistrationVisible(Actor actor)
    {
        ReferralGuards.EnsureRegistrationVisibleTo(State, actor, Id);
        if (!actor.IsOperator)
        {
            await EnsureVisible(actor);
        }
    }

    private IReferralDesk OwnerDesk(ReferralState state) => Desks.Desks.For(GrainFactory, state.OrganizationId, state.SellerId);

    /// <summary>Write the change, then publish it. A failed publication is retried; the write is what counts.</summary>
    private async Task Commit()
    {
        try
        {
            await store.WriteStateAsync();
        }
        catch
        {
            // The change is in memory but not stored: start again from storage on the next call rather than act on
            // (or, like Receive's "already exists" check, trust) a state that was never written.
            DeactivateOnIdle();
            throw;
        }

        await Publish();
    }

    private async Task Publish()
    {
        var state = State;
        var version = state.Version;
        var notifications = state.PendingNotifications.ToArray();
        try
        {
            var work = new List<Task>();
            Task<EngagementView>? engagement = null;
            if (state.PublishedVersion < version)
            {
                if (_indexedVersion != version)
                {
                    work.Add(OwnerDesk(state).Index(ReferralProjection.ToSummary(state)));
                }

                engagement = GrainFactory.GetGrain<IEngagementGrain>(state.EngagementId).Report(ReferralProjection.ToEngagementEntry(state));
                work.Add(engagement);
                if (state.IsMicrosoftSide && state.Direction == ReferralDirection.Incoming && state.Substatus != Substatus.Received)
                {
                    work.Add(GrainFactory.GetGrain<ISellerDirectoryGrain>(DirectoryKeys.Default).Release(state.Id));
                }
            }

            if (state.Registration is { } registration && state.PublishedVersion < version)
            {
                work.Add(GrainFactory.GetGrain<IRegistrationQueueGrain>(DirectoryKeys.Default).Upsert(new RegistrationQueueEntry(
                    state.Id, state.OrganizationId, state.Name, registration.Status, registration.ContractValue, registration.Currency, registration.UpdatedDateTime, version)));
            }

            foreach (var notification in notifications)
            {
                work.Add(GrainFactory.GetGrain<INotificationOutboxGrain>(notification.RecipientOrganizationId).Enqueue(notification));
            }

            await Task.WhenAll(work);
            if (state.PublishedVersion < version)
            {
                await PublishWebhookEvents(state, version, await engagement!);
            }

            state.PublishedVersion = Math.Max(state.PublishedVersion, version);
            state.PendingNotifications.RemoveAll(n => notifications.Contains(n));
            _publishRetry?.Dispose();
            _publishRetry = null;
        }
        catch (Exception ex) when (ex is not CoSellException)
        {
            LogPublishFailed(ex, state.Id, version);
            SchedulePublishRetry(PublishRetry);
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
            publications.Add(GrainFactory.GetGrain<IWebhookGrain>(state.OrganizationId).Publish(new ReferralChange(
                state.Id, state.OrganizationId, version, state.UpdatedAt, created ? WebhookEvent.ReferralCreated : WebhookEvent.ReferralUpdated, own)));
        }

        if (relatedParties.Count == 0)
        {
            await Task.WhenAll(publications);
            return;
        }

        var related = JsonSerializer.Serialize(new
        {
            id = state.Id, engagementId = state.EngagementId, organizationId = state.OrganizationId, organizationName = state.OrganizationName,
            status = state.Status, substatus = state.Substatus, updatedDateTime = state.UpdatedAt,
        }, RestJson.Options);
        foreach (var organization in relatedParties)
        {
            publications.Add(GrainFactory.GetGrain<IWebhookGrain>(organization).Publish(new ReferralChange(
                state.Id, state.OrganizationId, version, state.UpdatedAt, created ? WebhookEvent.RelatedReferralCreated : WebhookEvent.RelatedReferralUpdated, related)));
        }

        await Task.WhenAll(publications);
    }

    private void SchedulePublishRetry(TimeSpan due)
    {
        _publishRetry?.Dispose();
        _publishRetry = this.RegisterGrainTimer(Publish, new GrainTimerCreationOptions(due, PublishRetry) { KeepAlive = true });
    }

    private async Task CloseResponseWindow()
    {
        var reminder = await this.GetReminder(ResponseWindowReminder);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
            metrics.RemindersUnregistered.Add(1);
        }
    }

    /// <summary>R38: a stage in the owner's CRM vocabulary becomes a standard stage.</summary>
    private async Task<SalesStage> MapCrmStage(UpdateReferralRequest request, string crmStage)
    {
        if (request.SalesStage is not null)
        {
            throw CoSellException.InvalidRequest("crmStage", "Send salesStage or crmStage, not both.");
        }

        if (State.IsMicrosoftSide)
        {
            throw CoSellException.Validation("crmStage", "CRM stage mappings belong to partner organizations (R38).");
        }

        var mappings = await GrainFactory.GetGrain<IPartnerGrain>(State.OrganizationId).GetStageMappings();
        return CrmStageMappings.Map(mappings, crmStage);
    }

    private async Task<RegistrationView> RegistrationView()
    {
        var engagement = await ClusterReads.Read(GrainFactory.GetGrain<IEngagementGrain>(State.EngagementId).Get);
        return new RegistrationView(Id, DealRegistrationRules.Eligibility(State, engagement), State.Registration);
    }

    private async Task<Referral> Snapshot(Actor actor)
    {
        var engagement = ClusterReads.Read(GrainFactory.GetGrain<IEngagementGrain>(State.EngagementId).Get);
        var favorite = ClusterReads.Read(() => OwnerDesk(State).IsFavorite(actor.UserId, Id));
        return ReferralProjection.ToReferral(State, await engagement, await favorite);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId} (engagement {EngagementId}, organization {OrganizationId}) expired: no response within its window")]
    private partial void LogExpired(string referralId, string engagementId, string organizationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing version {Version} of referral {ReferralId} failed; retrying")]
    private partial void LogPublishFailed(Exception exception, string referralId, long version);
}
