using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;
using CoSell.Grains.Observability;
using Microsoft.Extensions.Logging;
using CoSell.Grains.Notifications;
using CoSell.Grains.Referrals;
using CoSell.Grains.Storage;
using CoSell.Grains.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace CoSell.Grains.Desks;

/// <summary>
/// What partner and seller desks share: creating referrals and fanning their invitations out to the invited
/// parties' inbound referrals, inviting after creation, the views, the response windows and the responsiveness
/// figures, all read from the desk's own partition (<see cref="DeskViews"/>, <see cref="ResponseWindows"/>,
/// <see cref="ResponsivenessRecord"/>): an activation reads what it needs now, never the organization's history.
/// <para>
/// Deadlock freedom: a desk awaits only referral grains and directory leaves, and a referral it waits on never calls
/// it back (a referral receiving an invitation tells its own desk, another grain, about its window). State writes go
/// through a <see cref="CoalescingStateWriter{T}"/> so interleaved calls never write concurrently.
/// </para>
/// </summary>
public abstract partial class ReferralDeskGrain(IPersistentState<DeskState> store, IPartitionStore partitions, TimeProvider clock, CoSellMetrics metrics, ILogger logger)
    : Grain, IReferralDesk, IRemindable
{
    public const string FanOutRecoveryReminder = "fan-out-recovery";

    private readonly CoalescingStateWriter<DeskState> _writer = new(store);
    /// <summary>How often finished relays' deletes are written when fewer than a batch are waiting.</summary>
    private static readonly TimeSpan RelayFlushPeriod = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _answersLock = new(1, 1);
    private DeskRelays? _relays;
    private bool _answersWaiting;
    private bool _countingAnswers;
    private ReferralPublisher? _publisher;
    private DrainReminder? _recovery;
    private DeskViews? _views;
    private ResponseWindows? _windows;
    private ResponsivenessRecord? _responsiveness;

    private DrainReminder Recovery => _recovery ??= new DrainReminder(this, FanOutRecoveryReminder, TimeSpan.FromMinutes(5));

    protected DeskState State => store.State;

    protected string Key => this.GetPrimaryKeyString();

    protected TimeProvider Clock => clock;

    /// <summary>The organization this desk creates and keeps referrals for, and for Microsoft, the seller.</summary>
    protected abstract (string OrganizationId, string? SellerId) Owner { get; }

    private DeskViews Views => _views!;

    protected Task WriteAsync() => _writer.WriteAsync();

    /// <summary>Who creates from this desk; throws when the actor may not.</summary>
    protected abstract Originator EnsureOriginator(Actor actor);

    /// <summary>Which inbound tenant inboxes the actor sees (null: all), or throws when it may not read this desk.</summary>
    protected abstract IReadOnlySet<string>? EnsureReader(Actor actor);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var partition = PartitionKeys.Owner(Owner.OrganizationId, Owner.SellerId);
        _views = new DeskViews(partitions, partition);
        _windows = new ResponseWindows(this, partitions, partition, ReferralOf, clock, metrics, logger);
        _responsiveness = new ResponsivenessRecord(partitions, partition);
        _relays = new DeskRelays(partitions, partition);
        _publisher = new ReferralPublisher(GrainFactory, ServiceProvider.GetRequiredService<WebhookRegistryCache>());
        await _responsiveness.LoadAsync();

        // The window reminder and the answers left to count are looked at after activating, in a turn of their own,
        // so that activation never waits on (or fails with) a reminder service that is moving between silos.
        this.RegisterGrainTimer(ResumeWindowsAndAnswers, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));

        // Finish what a previous activation started (relays left in the partition), and write the deletes of finished
        // relays now and then; timers, since calls out of OnActivateAsync would wait on grains not yet reachable.
        this.RegisterGrainTimer(ResumeRelays, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        this.RegisterGrainTimer(FlushRelays, new GrainTimerCreationOptions(RelayFlushPeriod, RelayFlushPeriod));
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await FlushRelays();
    }

    public async Task<Referral> CreateReferral(Actor actor, CreateReferralRequest request, string? idempotencyKey = null)
    {
        var originator = EnsureOriginator(actor);
        if (request is null)
        {
            throw CoSellException.InvalidRequest("body", "A create request body is required.");
        }

        if (idempotencyKey is not null && (idempotencyKey.Length is 0 or > 200))
        {
            throw CoSellException.InvalidRequest("Idempotency-Key", "Idempotency-Key must be 1 to 200 characters.");
        }

        var referralId = idempotencyKey is null
            ? ReferralIds.New()
            : ReferralIds.ForIdempotencyKey(originator.OrganizationId, originator.SellerId ?? originator.TenantId, idempotencyKey);
        var fingerprint = idempotencyKey is null ? null : RequestFingerprint.Of(request);
        var referral = ReferralOf(referralId);
        if (idempotencyKey is not null && await Views.ExistsAsync(referralId))
        {
            // R40: a retried create returns the first result and creates nothing new (a different body: 409). If the
            // first attempt's deliveries are still in the partition (its silo stopped or died mid-way), deliver them
            // first: an answer means every invitation was delivered.
            foreach (var (relayId, drafts) in await _relays!.PendingDeliveriesOfAsync(referralId))
            {
                await Deliver(relayId, drafts);
            }

            return await ReadFor(actor, referral, fingerprint);
        }

        var context = await LoadContext(request, referralId, originator, actor);
        var draft = ReferralCreation.Plan(request, context) with { RequestFingerprint = fingerprint };
        var (created, engagement) = await WriteCreated(draft);
        await Deliver(referralId, created.Deliveries, engagement);
        await PublishCreated(referralId, created.State, engagement);

        if (RecentContacts.Remember(State.RecentContacts, [.. draft.Team, .. draft.Invitations.SelectMany(i => i.InvitingTeam)], State.KnownAddresses))
        {
            await WriteAsync();
        }

        // The creator's answer: the referral as created, with its engagement as the create wrote it.
        return ReferralProjection.ToReferral(created.State, engagement, favorite: false);
    }

    public async Task<Referral> Invite(Actor actor, string referralId, InvitationRequest invitation, string? ifMatch = null)
    {
        var originator = EnsureOriginator(actor);
        if (invitation is null)
        {
            throw CoSellException.InvalidRequest("body", "An invitation body is required.");
        }

        // R2 here, where the tenant links are: the referral does not ask this desk back while it waits on it.
        // A referral the caller's tenant does not see is not found, before anything else is said about it.
        var summary = await ReadVisible(actor, referralId);
        if (summary.Direction == ReferralDirection.Incoming)
        {
            throw CoSellException.InvalidTransition("R27", "The receiver of an inbound referral may not invite anyone (R27).");
        }

        var referral = ReferralOf(referralId);
        var current = await referral.GetForDesk(actor);
        var context = await LoadContext(new CreateReferralRequest { Solutions = invitation.Solutions, Invitations = [invitation] }, referralId, originator, actor);
        var planned = ReferralCreation.PlanInvitation(invitation, "invitation", referralId, current.Details, current.Team, context);

        // The referral records the invitation and its delivery relay in one transaction; the engagement shows the receipt
        // before it is delivered, so every party's publication sees every other party (R28).
        var recorded = await referral.AddInvitation(actor, planned, ifMatch);
        var routed = await Route(recorded.Delivery);
        var engagement = await GrainFactory.GetGrain<IEngagementGrain>(ReferralKeys.For(Owner.OrganizationId, Owner.SellerId, referralId)).ReportAll([InboundResponse.ReceiptEntry(routed)]);
        await Deliver(routed.Id, [routed], engagement);
        if (RecentContacts.Remember(State.RecentContacts, planned.InvitingTeam, State.KnownAddresses))
        {
            await WriteAsync();
        }

        return await ReadFor(actor, referral);
    }

    public Task<ReferralPage> ListReferrals(Actor actor, ReferralQuery query)
    {
        var tenants = EnsureReader(actor);
        return Views.QueryAsync(query, actor.UserId, tenants, r => Visible(actor, r));
    }

    public async Task SetFavorite(Actor actor, string referralId, bool favorite)
    {
        await ReadVisible(actor, referralId);
        await Views.SetFavoriteAsync(actor.UserId, referralId, favorite);
    }

    public async Task Receive(InboundReferralDraft draft, EngagementView? engagement = null)
    {
        var now = Clock.GetUtcNow();
        var state = new ReferralState();
        InboundResponse.Receive(state, draft, now + ResponseWindow(draft), now);

        // The reminder before the window is written: if the write never happens the tick finds no window row; if it
        // does, the window can never lack its reminder.
        await _windows!.ScheduleAsync(state.ExpirationDateTime!.Value);

        // Notifications to this desk's own partition are rows of the same transaction; others, and anything else the
        // receipt owes (its engagement report when the sender did not make it, webhooks), are a publication relay.
        var partition = PartitionKeys.Owner(Owner.OrganizationId, Owner.SellerId);
        var local = state.PendingNotifications.Where(n => NotificationRows.PartitionOf(n) == partition).ToList();
        var remote = state.PendingNotifications.Except(local).ToList();
        state.PendingNotifications.Clear();
        state.PublishedVersion = state.Version;
        var publish = remote.Count > 0 || engagement is null || _publisher!.HasWork(state, engagement);
        var writes = ReferralRows.Inserts(state);
        writes.AddRange(local.SelectMany(n => NotificationRows.Inserts(n, Mailing)));
        if (publish)
        {
            writes.Add(DeskRelays.Publish(state.Id, remote));
            await Recovery.EnsureAsync();
        }

        try
        {
            await partitions.SubmitAsync(partition, writes);
        }
        catch (PartitionWriteConflict conflict) when (conflict.Kind == PartitionConflictKind.Exists && conflict.WriteIndex == 0)
        {
            // Delivered before (a retried delivery): nothing to do.
            return;
        }

        metrics.Received.Add(1);
        if (local.Count > 0 && Mailing)
        {
            _ = GrainFactory.GetGrain<INotificationOutboxGrain>(ReferralKeys.Owner(Owner.OrganizationId, Owner.SellerId)).MailQueued();
        }

        if (publish)
        {
            await _publisher!.PublishAsync(state, state.Version, statusChanged: true, remote, engagement);
            _relays!.Published(state.Id);
        }
    }

    /// <summary>Whether notifications are mailed (R34); when not, they are only recorded.</summary>
    private bool Mailing => ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Options.EmailOptions>>().Value.Enabled;

    /// <summary>How long the receiver has to answer: Microsoft's seller decision window (R22) or a partner's (R21).</summary>
    protected abstract TimeSpan ResponseWindow(InboundReferralDraft draft);

    /// <summary>
    /// Count the answers now; answers that arrive while a count is running are counted together by one more pass, so
    /// a burst of answers costs a few transactions, not one each.
    /// </summary>
    public async Task Answered()
    {
        _answersWaiting = true;
        if (_countingAnswers)
        {
            return;
        }

        _countingAnswers = true;
        try
        {
            while (_answersWaiting)
            {
                _answersWaiting = false;
                await CountAnswers();
            }
        }
        finally
        {
            _countingAnswers = false;
        }
    }

    /// <summary>The summary of a referral the actor sees (R2, R3); anything else is not found.</summary>
    private async Task<ReferralSummary> ReadVisible(Actor actor, string referralId)
    {
        var tenants = EnsureReader(actor);
        var summary = await Views.ReadSummaryAsync(referralId);
        if (summary is null || (tenants is not null && !tenants.Contains(summary.TenantId)) || !Visible(actor, summary))
        {
            throw CoSellException.NotFound("referralId", $"Referral '{referralId}' was not found.");
        }

        return summary;
    }

    /// <summary>The referral as the caller sees it; the referral reads the favorite mark (R32) from this desk's partition.</summary>
    private static Task<Referral> ReadFor(Actor actor, IReferralGrain referral, string? fingerprint = null) => referral.GetForDesk(actor, fingerprint);

    /// <summary>This desk's referral <paramref name="referralId"/>.</summary>
    protected IReferralGrain ReferralOf(string referralId) => GrainFactory.GetGrain<IReferralGrain>(ReferralKeys.For(Owner.OrganizationId, Owner.SellerId, referralId));

    /// <summary>Count the answers waiting in the partition (R37), and tell the directory when the figures changed.</summary>
    private async Task CountAnswers()
    {
        await _answersLock.WaitAsync();
        bool changed;
        try
        {
            changed = await _responsiveness!.DrainAsync();
        }
        finally
        {
            _answersLock.Release();
        }

        if (changed)
        {
            await OnResponsivenessChanged(_responsiveness.Figures.ToStats());
        }
    }

    private async Task ResumeWindowsAndAnswers()
    {
        try
        {
            await _windows!.ResumeAsync();
            await CountAnswers();
        }
        catch (Exception ex)
        {
            LogWindowReminderFailed(ex, Key);
        }
    }

    public async Task<ResponsivenessStats> GetResponsiveness()
    {
        await CountAnswers();
        return _responsiveness!.Figures.ToStats();
    }

    /// <summary>A partner tells the directory, which ranks partner search by it (R37).</summary>
    protected virtual Task OnResponsivenessChanged(ResponsivenessStats stats) => Task.CompletedTask;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ResponseWindows.ReminderName)
        {
            await _windows!.TickAsync();
            await CountAnswers();
            return;
        }

        if (reminderName == FanOutRecoveryReminder)
        {
            await ResumeRelays();
        }
    }

    /// <summary>Whether the actor may see this entry beyond the tenant rule; sellers see what is routed to them.</summary>
    protected virtual bool Visible(Actor actor, ReferralSummary summary) => true;

    /// <summary>
    /// Store a new outbound referral in one transaction: its state and view rows, its engagement with every receipt
    /// already shown (so each party's publication sees every other party, R28), a relay per invitation to deliver,
    /// and one for its publication when there is anything to publish.
    /// </summary>
    private async Task<(ReferralCreatedRows Created, EngagementView Engagement)> WriteCreated(OutboundReferralDraft draft)
    {
        var state = new ReferralState();
        OutboundReferral.Create(state, draft, Clock.GetUtcNow());
        var deliveries = await Task.WhenAll(OutboundReferral.Deliveries(state).Select(Route));
        var engagement = new EngagementState();
        engagement.Report(ReferralProjection.ToEngagementEntry(state));
        foreach (var delivery in deliveries)
        {
            engagement.Report(InboundResponse.ReceiptEntry(delivery));
        }

        var view = engagement.View(state.Id);
        var publish = _publisher!.HasWork(state, view);
        state.PublishedVersion = state.Version;
        var writes = ReferralRows.Inserts(state);
        writes.Add(Engagements.EngagementRow.Insert(state.Id, engagement));
        if (deliveries.Length > 0)
        {
            writes.Add(DeskRelays.Deliver(state.Id, deliveries));
        }
        if (publish)
        {
            writes.Add(DeskRelays.Publish(state.Id, []));
        }

        await Recovery.EnsureAsync();
        await partitions.SubmitAsync(PartitionKeys.Owner(Owner.OrganizationId, Owner.SellerId), writes);
        metrics.Created.Add(1);
        return (new ReferralCreatedRows(state, deliveries, publish), view);
    }

    /// <summary>Deliver invitations (each an inbound referral of its invitee, R18); each delivery is idempotent.</summary>
    private async Task Deliver(string relayId, IReadOnlyList<InboundReferralDraft> unrouted, EngagementView? engagement = null)
    {
        var deliveries = await Task.WhenAll(unrouted.Select(Route));
        await Task.WhenAll(deliveries.Select(d => Desks.For(GrainFactory, d.OrganizationId, d.SellerId).Receive(d, engagement)));
        if (deliveries.Length > 0)
        {
            _relays!.Delivered(relayId);
        }

        if (_relays!.ShouldFlush)
        {
            await FlushRelays();
        }
    }

    /// <summary>A new referral's webhooks and notifications, when its create owed any (a relay row says so).</summary>
    private async Task PublishCreated(string referralId, ReferralState state, EngagementView engagement)
    {
        if (!_publisher!.HasWork(state, engagement))
        {
            return;
        }

        await _publisher.PublishAsync(state, state.Version, statusChanged: true, [], engagement);
        _relays!.Published(referralId);
    }

    private async Task<InboundReferralDraft> Route(InboundReferralDraft delivery)
    {
        if (delivery.OrganizationId == Organizations.Microsoft && delivery.SellerId is null)
        {
            // R4, R22: route the co-sell request to a seller of the customer's country.
            var sellerId = await GrainFactory.GetGrain<ISellerDirectoryGrain>(DirectoryKeys.Default)
                .Assign(delivery.Id, delivery.CustomerProfile.Address.Country);
            var seller = await GrainFactory.GetGrain<ISellerGrain>(sellerId).GetProfile();
            delivery = delivery with
            {
                SellerId = sellerId,
                TenantId = sellerId,
                NotifyEmails = seller is null ? delivery.NotifyEmails : [seller.Email, .. delivery.NotifyEmails],
            };
        }

        return delivery;
    }

    /// <summary>Carry out the relays a previous activation (or a failed call) left in the partition.</summary>
    private async Task ResumeRelays()
    {
        try
        {
            var deliveries = await _relays!.PendingDeliveriesAsync();
            var publications = await _relays.PendingPublicationsAsync();
            if (deliveries.Count == 0 && publications.Count == 0)
            {
                await Recovery.RemoveAsync();
                return;
            }

            await Recovery.EnsureAsync();
            foreach (var (relayId, drafts) in deliveries)
            {
                await Deliver(relayId, drafts);
            }

            foreach (var (referralId, notifications) in publications)
            {
                if (await Views.ReadStateAsync(referralId) is { } state)
                {
                    await _publisher!.PublishAsync(state, state.Version, statusChanged: true, notifications);
                }

                _relays.Published(referralId);
            }

            await FlushRelays();
            LogResumed(Key, deliveries.Count, publications.Count);
        }
        catch (Exception ex)
        {
            LogResumeFailed(ex, Key);
        }
    }

    private async Task FlushRelays()
    {
        if (_relays?.HasDone == true)
        {
            await _relays.FlushAsync();
        }
    }

    private async Task<CreationContext> LoadContext(CreateReferralRequest request, string referralId, Originator originator, Actor actor)
    {
        var invitations = request.Invitations ?? [];
        var solutionIds = (request.Solutions ?? []).Concat(invitations.SelectMany(i => i?.Solutions ?? []))
            .Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().ToArray();
        var partnerIds = invitations.Select(i => i?.Invitee).OfType<string>()
            .Where(id => id != Organizations.Microsoft && !string.IsNullOrWhiteSpace(id)).Distinct().ToArray();
        var customerId = request.Customer?.CustomerId;

        var customer = string.IsNullOrWhiteSpace(customerId)
            ? Task.FromResult<Customer?>(null)
            : GrainFactory.GetGrain<ICustomerDirectoryGrain>(DirectoryKeys.Default).Get(customerId);
        var solutions = solutionIds.Length == 0
            ? Task.FromResult<IReadOnlyList<Solution>>([])
            : GrainFactory.GetGrain<ISolutionCatalogGrain>(DirectoryKeys.Default).Get(solutionIds);
        var partners = partnerIds.Length == 0
            ? Task.FromResult<IReadOnlyList<PartnerProfile>>([])
            : GrainFactory.GetGrain<IPartnerDirectoryGrain>(DirectoryKeys.Default).Get(partnerIds);

        return new CreationContext(
            referralId, originator.OrganizationId, originator.OrganizationName, originator.TenantId, originator.SellerId,
            originator.SolutionAssessmentVetted, actor.UserId,
            await customer, (await solutions).ToDictionary(s => s.Id), (await partners).ToDictionary(p => p.Id), clock.GetUtcNow());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk {Desk} could not set its response-window reminder or count answers on activation; the next window opened or answer retries")]
    private partial void LogWindowReminderFailed(Exception exception, string desk);

    [LoggerMessage(Level = LogLevel.Information, Message = "Desk {Desk} carried out relays left by an earlier activation: {Deliveries} deliveries, {Publications} publications")]
    private partial void LogResumed(string desk, int deliveries, int publications);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk {Desk} could not yet carry out its relays; its recovery reminder retries")]
    private partial void LogResumeFailed(Exception exception, string desk);

    /// <summary>The organization, tenant and seller a desk creates referrals as.</summary>
    protected sealed record Originator(string OrganizationId, string OrganizationName, string TenantId, string? SellerId, bool SolutionAssessmentVetted);
}
