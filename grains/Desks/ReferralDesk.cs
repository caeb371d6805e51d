using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;
using CoSell.Grains.Referrals;
using CoSell.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace CoSell.Grains.Desks;

/// <summary>
/// A desk, as a partner grain and a seller grain each hold one (<see cref="IDeskOwner"/> decides what differs): creating
/// referrals and fanning their invitations out to the invited parties' inbound referrals, inviting after creation, the
/// views, the response windows and the responsiveness figures, all read from the owner's partition
/// (<see cref="DeskViews"/>, <see cref="ResponseWindows"/>, <see cref="ResponsivenessRecord"/>): an activation reads
/// what it needs now, never the organization's history.
/// <para>
/// Deadlock freedom: a desk awaits referral grains, directory leaves and other desks' interleaving
/// <see cref="IDeskInbox.Receive"/>, and a referral it waits on never calls it back.
/// </para>
/// </summary>
public sealed partial class ReferralDesk(Grain grain, IDeskOwner owner, IGrainFactory grains, DeskServices services, ILogger logger)
{
    public const string FanOutRecoveryReminder = "fan-out-recovery";

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
    private DeskInsights? _insights;

    private DrainReminder Recovery => _recovery ??= new DrainReminder(grain, FanOutRecoveryReminder, TimeSpan.FromMinutes(5));

    private string Key => grain.GetPrimaryKeyString();

    private (string OrganizationId, string? SellerId) Owner => owner.Owner;

    private DeskViews Views => _views!;

    public async Task ActivateAsync()
    {
        var partition = PartitionKeys.Owner(Owner.OrganizationId, Owner.SellerId);
        var (partitions, clock, metrics) = (services.Partitions, services.Clock, services.Metrics);
        _views = new DeskViews(partitions, partition);
        _windows = new ResponseWindows(grain, partition, ReferralOf, services, logger);
        _responsiveness = new ResponsivenessRecord(partitions, partition);
        _insights = new DeskInsights(partitions, partition, clock);
        _relays = new DeskRelays(partitions, partition);
        _publisher = new ReferralPublisher(grains, services.Webhooks);
        _fanOut = new DeskFanOut(grains, partitions, Owner, _publisher, _relays, clock, metrics, services.FallbackQueue);
        _inbound = new DeskInbound(grains, partitions, Owner, _windows, _publisher, _relays, services.Mailing, clock, metrics);
        await _responsiveness.LoadAsync();

        // The window reminder and the answers left to count are looked at after activating, in a turn of their own,
        // so that activation never waits on (or fails with) a reminder service that is moving between silos.
        grain.RegisterGrainTimer(ResumeWindowsAndAnswers, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));

        // Finish what a previous activation started (relays left in the partition), and write the deletes of finished
        // relays now and then; timers, since calls out of OnActivateAsync would wait on grains not yet reachable.
        grain.RegisterGrainTimer(ResumeRelays, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        grain.RegisterGrainTimer(FlushRelays, new GrainTimerCreationOptions(RelayFlushPeriod, RelayFlushPeriod));
    }

    public Task DeactivateAsync() => FlushRelays();

    public async Task<Referral> CreateReferral(Actor actor, CreateReferralRequest request, string? idempotencyKey = null)
    {
        var originator = owner.EnsureOriginator(actor);
        if (request is null)
        {
            throw CoSellException.InvalidRequest("body", "A create request body is required.");
        }

        if (idempotencyKey is not null && (idempotencyKey.Length is 0 or > KeyedChanges.MaxKeyLength))
        {
            throw CoSellException.InvalidRequest("Idempotency-Key", $"Idempotency-Key must be 1 to {KeyedChanges.MaxKeyLength} characters.");
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
            foreach (var relay in await _relays!.PendingDeliveriesOfAsync(referralId))
            {
                await Deliver(relay.RelayId, await _fanOut!.DraftsOfAsync(Views, relay));
            }

            return await referral.GetForDesk(actor, fingerprint);
        }

        var context = await _fanOut!.LoadContextAsync(request, referralId, originator, actor);
        var draft = ReferralCreation.Plan(request, context) with { RequestFingerprint = fingerprint };
        await Recovery.EnsureAsync();
        var (created, engagement) = await _fanOut.WriteCreatedAsync(draft);
        if (created.Deliveries.Count > 0)
        {
            await Deliver(referralId, created.Deliveries, engagement);
        }

        await _publisher!.PublishAsync(created.State, created.State.Version, statusChanged: true, [], engagement);
        _relays!.Published(referralId);

        // The creator's answer: the referral as created, with its engagement as the create wrote it.
        return ReferralProjection.ToReferral(created.State, engagement, favorite: false) with { Warnings = created.Warnings is { Count: > 0 } w ? w : null };
    }

    public async Task CheckCreate(Actor actor, CreateReferralRequest request) => ReferralCreation.Plan(
        request ?? throw CoSellException.InvalidRequest("body", "A create request body is required."),
        await _fanOut!.LoadContextAsync(request, ReferralIds.New(), owner.EnsureOriginator(actor), actor));

    public async Task<Referral> Invite(Actor actor, string referralId, InvitationRequest invitation, string? ifMatch = null)
    {
        var originator = owner.EnsureOriginator(actor);
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
        var planned = ReferralCreation.PlanInvitation(invitation, "invitation", referralId, current.Details, current.Team, context,
            askingMicrosoftAgain: current.Microsoft.Status is MicrosoftStatus.Declined or MicrosoftStatus.Lapsed);

        // The referral records the invitation and its relays in one transaction (the recovery reminder set before, since
        // the referral does not call this waiting desk); the engagement shows the receipt
        // before it is delivered, so every party's publication sees every other party (R28).
        await Recovery.EnsureAsync();
        var recorded = await referral.AddInvitation(actor, planned, ifMatch);
        var routed = await _fanOut.RouteAsync(recorded.Delivery);
        var engagement = await grains.GetGrain<IEngagementGrain>(ReferralKeys.For(Owner.OrganizationId, Owner.SellerId, referralId)).ReportAll([InboundResponse.ReceiptEntry(routed)]);
        await Deliver(routed.Id, [routed], engagement);
        return await referral.GetForDesk(actor);
    }

    public Task<ReferralPage> ListReferrals(Actor actor, ReferralQuery query)
    {
        var tenants = owner.EnsureReader(actor);
        return Views.QueryAsync(query, actor.UserId, tenants, visible: null);
    }

    public async Task SetFavorite(Actor actor, string referralId, bool favorite)
    {
        await ReadVisible(actor, referralId);
        await Views.SetFavoriteAsync(actor.UserId, referralId, favorite);
    }

    public Task Receive(InboundReferralDraft draft, EngagementView? engagement = null) =>
        _inbound!.ReceiveAsync(draft, owner.ResponseWindow(draft), engagement, Recovery.EnsureAsync);

    public Task ReceiveMoved(ReferralState moved) => _inbound!.StoreAsync(moved, null, Recovery.EnsureAsync, moved: true);

    /// <summary>An answer left a row to count (R37); a burst of answers is counted by a few passes, not one each.</summary>
    public Task Answered() => _responsiveness!.CountArrivingAsync(owner.OnResponsivenessChanged);

    public Task ExpectPublication() => Recovery.EnsureAsync();

    public async Task Published(string referralId, long version)
    {
        _relays!.Published(referralId, version);
        if (_relays.ShouldFlush)
        {
            await _relays.FlushAsync();
        }
    }

    /// <summary>The summary of a referral the actor sees (R2, R3); anything else is not found.</summary>
    private async Task<ReferralSummary> ReadVisible(Actor actor, string referralId)
    {
        var tenants = owner.EnsureReader(actor);
        var summary = await Views.ReadSummaryAsync(referralId);
        if (summary is null || (tenants is not null && !tenants.Contains(summary.TenantId)))
        {
            throw CoSellException.NotFound("referralId", $"Referral '{referralId}' was not found.");
        }

        return summary;
    }

    /// <summary>This desk's referral <paramref name="referralId"/>.</summary>
    private IDeskReferral ReferralOf(string referralId) => grains.GetGrain<IDeskReferral>(ReferralKeys.For(Owner.OrganizationId, Owner.SellerId, referralId));

    /// <summary>Count the answers waiting in the partition (R37), and tell the directory when the figures changed.</summary>
    private Task CountAnswers() => _responsiveness!.CountAsync(owner.OnResponsivenessChanged);

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

    /// <summary>The caller's insights over the tenants it sees (R2); the responsiveness figures counted first.</summary>
    public async Task<OrganizationInsights> GetInsights(Actor actor, int expiringWithinDays)
    {
        var tenants = owner.EnsureReader(actor);
        await CountAnswers();
        return await _insights!.ReadAsync(tenants, expiringWithinDays, _responsiveness!.Figures);
    }

    public async Task ReceiveReminder(string reminderName)
    {
        if (reminderName == ResponseWindows.ReminderName)
        {
            // An expiry leaves a publication relay, and this desk waits on the referral writing it: set the recovery first.
            await Recovery.EnsureAsync();
            await _windows!.TickAsync();
            await CountAnswers();
            return;
        }

        if (reminderName == FanOutRecoveryReminder)
        {
            await ResumeRelays();
        }
    }

    private Task Deliver(string relayId, IReadOnlyList<InboundReferralDraft> drafts, EngagementView? engagement = null) =>
        _fanOut!.DeliverRelayAsync(relayId, drafts, engagement);

    /// <summary>Carry out the relays a previous activation (or a failed call) left in the partition.</summary>
    private async Task ResumeRelays()
    {
        try
        {
            var (deliveries, publications) = await _fanOut!.ResumeAsync(Views, ReferralOf, Recovery.EnsureAsync);
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
