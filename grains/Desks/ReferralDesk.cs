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
/// Deadlock freedom: a desk awaits referral grains, directory leaves and other desks' interleaving
/// <see cref="IReferralDesk.Receive"/>, and a referral it waits on never calls it back. State writes go through a
/// <see cref="CoalescingStateWriter{T}"/> so interleaved calls never write concurrently.
/// </para>
/// </summary>
public abstract partial class ReferralDeskGrain(IPersistentState<DeskState> store, IPartitionStore partitions, TimeProvider clock, CoSellMetrics metrics, ILogger logger)
    : Grain, IReferralDesk, IRemindable
{
    public const string FanOutRecoveryReminder = "fan-out-recovery";

    private readonly CoalescingStateWriter<DeskState> _writer = new(store);
    /// <summary>How often finished relays' deletes are written when fewer than a batch are waiting.</summary>
    private static readonly TimeSpan RelayFlushPeriod = TimeSpan.FromSeconds(5);

    private DeskRelays? _relays;
    private ReferralPublisher? _publisher;
    private DeskFanOut? _fanOut;
    private DeskInbound? _inbound;
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
        _fanOut = new DeskFanOut(GrainFactory, partitions, partition, _publisher, _relays, clock, metrics);
        var mailing = ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Options.EmailOptions>>().Value.Enabled;
        _inbound = new DeskInbound(GrainFactory, partitions, Owner, _windows, _publisher, _relays, mailing, clock, metrics);
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

        var context = await _fanOut!.LoadContextAsync(request, referralId, originator, actor);
        var draft = ReferralCreation.Plan(request, context) with { RequestFingerprint = fingerprint };
        await Recovery.EnsureAsync();
        var (created, engagement) = await _fanOut.WriteCreatedAsync(draft);
        await Deliver(referralId, created.Deliveries, engagement);
        if (created.Publish)
        {
            await _publisher!.PublishAsync(created.State, created.State.Version, statusChanged: true, [], engagement);
            _relays!.Published(referralId);
        }

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
        var context = await _fanOut!.LoadContextAsync(new CreateReferralRequest { Solutions = invitation.Solutions, Invitations = [invitation] }, referralId, originator, actor);
        var planned = ReferralCreation.PlanInvitation(invitation, "invitation", referralId, current.Details, current.Team, context);

        // The referral records the invitation and its delivery relay in one transaction; the engagement shows the receipt
        // before it is delivered, so every party's publication sees every other party (R28).
        var recorded = await referral.AddInvitation(actor, planned, ifMatch);
        var routed = await _fanOut.RouteAsync(recorded.Delivery);
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

    public Task Receive(InboundReferralDraft draft, EngagementView? engagement = null) =>
        _inbound!.ReceiveAsync(draft, ResponseWindow(draft), engagement, Recovery.EnsureAsync);

    /// <summary>How long the receiver has to answer: Microsoft's seller decision window (R22) or a partner's (R21).</summary>
    protected abstract TimeSpan ResponseWindow(InboundReferralDraft draft);

    /// <summary>An answer left a row to count (R37); a burst of answers is counted by a few passes, not one each.</summary>
    public Task Answered() => _responsiveness!.CountArrivingAsync(OnResponsivenessChanged);

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
    private Task CountAnswers() => _responsiveness!.CountAsync(OnResponsivenessChanged);

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

    private Task Deliver(string relayId, IReadOnlyList<InboundReferralDraft> drafts, EngagementView? engagement = null) =>
        _fanOut!.DeliverRelayAsync(relayId, drafts, engagement);

    /// <summary>Carry out the relays a previous activation (or a failed call) left in the partition.</summary>
    private async Task ResumeRelays()
    {
        try
        {
            var (deliveries, publications) = await _fanOut!.ResumeAsync(Views, Recovery.EnsureAsync);
            if (deliveries + publications == 0)
            {
                await Recovery.RemoveAsync();
                return;
            }

            LogResumed(Key, deliveries, publications);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk {Desk} could not set its response-window reminder or count answers on activation; the next window opened or answer retries")]
    private partial void LogWindowReminderFailed(Exception exception, string desk);

    [LoggerMessage(Level = LogLevel.Information, Message = "Desk {Desk} carried out relays left by an earlier activation: {Deliveries} deliveries, {Publications} publications")]
    private partial void LogResumed(string desk, int deliveries, int publications);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk {Desk} could not yet carry out its relays; its recovery reminder retries")]
    private partial void LogResumeFailed(Exception exception, string desk);
}
