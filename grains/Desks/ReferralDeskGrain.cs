using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;
using CoSell.Grains.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace CoSell.Grains.Desks;

/// <summary>
/// What partner and seller desks share: creating referrals and fanning their invitations out to the invited
/// parties' inbound referrals, inviting after creation, and keeping the views.
/// <para>
/// Deadlock freedom: a desk awaits only referral grains and directory leaves. A referral reports back to a desk
/// through <see cref="IReferralDesk.Index"/>, which always interleaves, so two desks inviting each other at the
/// same moment never wait on each other. State writes go through a <see cref="CoalescingStateWriter{T}"/> so
/// interleaved calls never write concurrently.
/// </para>
/// </summary>
public abstract partial class ReferralDeskGrain(IPersistentState<DeskState> store, string stateName, TimeProvider clock, CoSellMetrics metrics, ILogger logger)
    : Grain, IReferralDesk, IRemindable
{
    public const string FanOutRecoveryReminder = "fan-out-recovery";

    /// <summary>The desk's one reminder for the response windows of all its inbound referrals (R21, R22).</summary>
    public const string ResponseWindowsReminder = "response-windows";

    /// <summary>Reminders tick at least a minute apart; the first tick is set for the earliest open deadline.</summary>
    private static readonly TimeSpan WindowTickPeriod = TimeSpan.FromMinutes(1);

    /// <summary>How many referrals a window tick expires at once.</summary>
    private const int ExpiryBatch = 64;

    private readonly CoalescingStateWriter<DeskState> _writer = new(store);
    private DrainReminder? _recovery;
    private ReferralIndexPages? _pages;

    /// <summary>
    /// The views, in memory: summaries loaded from the index pages, favorites from the desk's own state
    /// (<see cref="DeskState.Index"/> keeps only favorites; its referrals moved to <see cref="ReferralIndexPages"/>).
    /// </summary>
    private ReferralIndex _index = new();

    private readonly ResponseDeadlines _deadlines = new();
    private readonly SemaphoreSlim _windowReminderLock = new(1, 1);

    /// <summary>When the window reminder, as this activation registered it, fires next (null: not registered by it).</summary>
    private DateTimeOffset? _windowTickAt;

    private DrainReminder Recovery => _recovery ??= new DrainReminder(this, FanOutRecoveryReminder, TimeSpan.FromMinutes(5));

    protected DeskState State => store.State;

    protected string Key => this.GetPrimaryKeyString();

    protected TimeProvider Clock => clock;

    protected Task WriteAsync() => _writer.WriteAsync();

    /// <summary>Who creates from this desk; throws when the actor may not.</summary>
    protected abstract Originator EnsureOriginator(Actor actor);

    /// <summary>Which inbound tenant inboxes the actor sees (null: all), or throws when it may not read this desk.</summary>
    protected abstract IReadOnlySet<string>? EnsureReader(Actor actor);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _pages = new ReferralIndexPages(ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default), this.GetGrainId(), stateName);
        _index = new ReferralIndex { Referrals = await _pages.LoadAsync(), Favorites = State.Index.Favorites };
        if (State.Index.Referrals.Count > 0)
        {
            // Written before the index had pages: move the summaries into pages, then drop them from the desk state.
            foreach (var summary in State.Index.Referrals.Values)
            {
                if (_index.Upsert(summary))
                {
                    await _pages.SaveAsync(summary);
                }
            }

            State.Index.Referrals.Clear();
            await WriteAsync();
        }

        foreach (var summary in _index.Referrals.Values)
        {
            _deadlines.Track(summary);
        }

        if (_deadlines.Count > 0)
        {
            // The reminder was registered by an earlier activation; re-register for the earliest deadline after
            // activating, in a turn of its own, so that activation never waits on (or fails with) a reminder
            // service that is moving between silos. A failure here is retried by the next Index.
            this.RegisterGrainTimer(TryScheduleWindowReminder, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        }

        if (State.Pending.Count > 0)
        {
            // Finish what a previous activation started; a timer, since calls out of OnActivateAsync would wait on
            // referrals that report back to this not-yet-active desk.
            this.RegisterGrainTimer(ResumePending, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        }
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
        var referral = GrainFactory.GetGrain<IReferralGrain>(referralId);
        if (_index.Contains(referralId))
        {
            // R40: a retried create returns the first result and creates nothing new (a different body: 409). If the
            // first attempt's fan-out is still written down as unfinished (its silo stopped or died mid-way, and this
            // is a new activation), finish delivering first: an answer means every invitation was delivered.
            if (State.Pending.Find(p => p.ReferralId == referralId && p.Create is not null) is { } unfinished)
            {
                await Run(unfinished);
                State.Pending.Remove(unfinished);
            }

            return await ReadFor(actor, referral, fingerprint);
        }

        var context = await LoadContext(request, referralId, originator, actor);
        var draft = ReferralCreation.Plan(request, context) with { RequestFingerprint = fingerprint };

        var pending = State.Pending.Find(p => p.ReferralId == referralId);
        if (pending is null)
        {
            pending = new PendingFanOut { ReferralId = referralId, Create = draft };
            State.Pending.Add(pending);
            await Recovery.EnsureAsync();
            await WriteAsync();
        }

        Referral? created;
        EngagementView? shown;
        try
        {
            (created, shown) = await Run(pending);
        }
        catch (CoSellException)
        {
            // A rule rejected the create (the key was used with another body): nothing was created, forget it.
            State.Pending.Remove(pending);
            await WriteAsync();
            throw;
        }

        RecentContacts.Remember(State.RecentContacts, [.. draft.Team, .. draft.Invitations.SelectMany(i => i.InvitingTeam)], State.KnownAddresses);

        // Done: forget the intent without a write of its own; the desk's next write carries the removal. Until then
        // a restarted desk re-runs it, and every step of a fan-out is idempotent, so that changes nothing.
        State.Pending.Remove(pending);

        // The creator's answer: the referral as created, with what its engagement shows now that the invitations
        // are delivered (as the fan-out's report returned it, or asked when there was nothing to deliver); this
        // desk holds the favorite mark.
        if (created is null)
        {
            return await ReadFor(actor, referral);
        }

        var engagement = shown ?? await GrainFactory.GetGrain<IEngagementGrain>(created.EngagementId).Get();
        return ReferralProjection.WithEngagement(created, engagement, _index.IsFavorite(actor.UserId, referralId));
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
        var tenants = EnsureReader(actor);
        if (!_index.Referrals.TryGetValue(referralId, out var summary)
            || (tenants is not null && !tenants.Contains(summary.TenantId)) || !Visible(actor, summary))
        {
            throw CoSellException.NotFound("referralId", $"Referral '{referralId}' was not found.");
        }

        if (summary.Direction == ReferralDirection.Incoming)
        {
            throw CoSellException.InvalidTransition("R27", "The receiver of an inbound referral may not invite anyone (R27).");
        }

        var referral = GrainFactory.GetGrain<IReferralGrain>(referralId);
        var current = await referral.GetForDesk(actor);
        var context = await LoadContext(new CreateReferralRequest { Solutions = invitation.Solutions, Invitations = [invitation] }, referralId, originator, actor);
        var planned = ReferralCreation.PlanInvitation(invitation, "invitation", referralId, current.Details, current.Team, context);

        // Write the intent before the invitation is recorded: a desk that dies after recording it still delivers it
        // when it comes back (recording again is then a no-op). A rejected invitation (stale ETag, R27) is forgotten.
        var pending = new PendingFanOut { ReferralId = referralId, Invitation = planned, InvitedBy = actor };
        State.Pending.Add(pending);
        await Recovery.EnsureAsync();
        await WriteAsync();
        try
        {
            var recorded = await referral.AddInvitation(actor, planned, ifMatch);
            pending.Deliveries = [recorded.Delivery];
            await Record(recorded.Summary);
        }
        catch (CoSellException)
        {
            State.Pending.Remove(pending);
            await WriteAsync();
            throw;
        }

        await Run(pending);
        RecentContacts.Remember(State.RecentContacts, planned.InvitingTeam, State.KnownAddresses);
        State.Pending.Remove(pending);
        await WriteAsync();
        return await ReadFor(actor, referral);
    }

    public Task<ReferralPage> ListReferrals(Actor actor, ReferralQuery query)
    {
        var tenants = EnsureReader(actor);
        return Task.FromResult(_index.Query(query ?? new ReferralQuery(), actor.UserId, tenants, r => Visible(actor, r)));
    }

    public async Task SetFavorite(Actor actor, string referralId, bool favorite)
    {
        var tenants = EnsureReader(actor);
        if (!_index.Referrals.TryGetValue(referralId, out var summary)
            || (tenants is not null && !tenants.Contains(summary.TenantId))
            || !Visible(actor, summary))
        {
            throw CoSellException.NotFound("referralId", $"Referral '{referralId}' was not found.");
        }

        if (_index.SetFavorite(actor.UserId, referralId, favorite))
        {
            await WriteAsync();
        }
    }

    public Task<bool> IsFavorite(string userId, string referralId) => Task.FromResult(_index.IsFavorite(userId, referralId));

    public Task Index(ReferralSummary summary) => Record(summary);

    /// <summary>The referral as the caller sees it, with the favorite mark this desk holds (R32).</summary>
    private async Task<Referral> ReadFor(Actor actor, IReferralGrain referral, string? fingerprint = null) =>
        await referral.GetForDesk(actor, fingerprint) with { Favorite = _index.IsFavorite(actor.UserId, referral.GetPrimaryKeyString()) };

    /// <summary>Take a referral's latest summary into the view, its response window and the responsiveness figures.</summary>
    private async Task Record(ReferralSummary summary)
    {
        var previous = _index.Referrals.GetValueOrDefault(summary.Id);
        if (!_index.Upsert(summary))
        {
            // A repeat (a receipt retried after its first attempt failed, or the publication after a receipt):
            // the window may still lack its reminder if registering failed the first time. Free when it has one.
            await ScheduleWindowReminder();
            return;
        }

        var responded = State.Responsiveness.Record(previous, summary);
        var windowOpened = _deadlines.Track(summary) && _deadlines.Count > 0;
        await Task.WhenAll(
            _pages!.SaveAsync(summary),
            responded ? WriteAsync() : Task.CompletedTask,
            windowOpened ? ScheduleWindowReminder() : Task.CompletedTask);
        if (responded)
        {
            await OnResponsivenessChanged(State.Responsiveness.ToStats());
        }
    }

    public Task<ResponsivenessStats> GetResponsiveness() => Task.FromResult(State.Responsiveness.ToStats());

    /// <summary>A partner tells the directory, which ranks partner search by it (R37).</summary>
    protected virtual Task OnResponsivenessChanged(ResponsivenessStats stats) => Task.CompletedTask;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ResponseWindowsReminder)
        {
            await ExpireDueWindows();
            return;
        }

        if (reminderName != FanOutRecoveryReminder)
        {
            return;
        }

        if (State.Pending.Count == 0)
        {
            await Recovery.RemoveAsync();
            return;
        }

        await ResumePending();
    }

    /// <summary>
    /// A window tick: ask each referral whose deadline passed to expire (it checks its own stored deadline, so a
    /// late or repeated tick changes nothing), then set the reminder for the next deadline or end it. A referral
    /// that failed to answer keeps its window for the next tick, a minute later.
    /// </summary>
    private async Task ExpireDueWindows()
    {
        var now = Clock.GetUtcNow();
        var failed = false;
        foreach (var batch in _deadlines.Due(now).Chunk(ExpiryBatch))
        {
            var answers = await Task.WhenAll(batch.Select(async id =>
            {
                try
                {
                    return (Id: id, Found: true, Summary: await GrainFactory.GetGrain<IReferralGrain>(id).ExpireIfDue());
                }
                catch (Exception ex) when (ex is not CoSellException)
                {
                    LogExpiryFailed(ex, Key, id);
                    return (Id: id, Found: false, Summary: (ReferralSummary?)null);
                }
            }));

            foreach (var (id, found, summary) in answers)
            {
                if (!found)
                {
                    failed = true;
                }
                else if (summary is null)
                {
                    // Indexed by a receipt whose write never happened: drop the entry; a redelivery indexes it anew.
                    await _pages!.RemoveAsync(id);
                    _index.Referrals.Remove(id);
                    _deadlines.Close(id);
                }
                else
                {
                    await Record(summary);
                }
            }
        }

        await _windowReminderLock.WaitAsync();
        try
        {
            var next = _deadlines.Next;
            if (next is null)
            {
                if (await this.GetReminder(ResponseWindowsReminder) is { } reminder)
                {
                    await this.UnregisterReminder(reminder);
                    metrics.RemindersUnregistered.Add(1);
                }

                _windowTickAt = null;
            }
            else if (!failed && next.Value > now + WindowTickPeriod)
            {
                await this.RegisterOrUpdateReminder(ResponseWindowsReminder, next.Value - now, WindowTickPeriod);
                metrics.RemindersRegistered.Add(1);
                _windowTickAt = next;
            }
            else
            {
                _windowTickAt = now + WindowTickPeriod;
            }
        }
        finally
        {
            _windowReminderLock.Release();
        }
    }

    private async Task TryScheduleWindowReminder()
    {
        try
        {
            await ScheduleWindowReminder();
        }
        catch (Exception ex)
        {
            LogWindowReminderFailed(ex, Key);
        }
    }

    /// <summary>Make sure the window reminder fires by the earliest open deadline; registers only when it would not.</summary>
    private async Task ScheduleWindowReminder()
    {
        await _windowReminderLock.WaitAsync();
        try
        {
            if (_deadlines.Next is not { } next || (_windowTickAt is { } tickAt && tickAt <= next))
            {
                return;
            }

            var due = next - Clock.GetUtcNow();
            await this.RegisterOrUpdateReminder(ResponseWindowsReminder, due > TimeSpan.Zero ? due : TimeSpan.Zero, WindowTickPeriod);
            metrics.RemindersRegistered.Add(1);
            _windowTickAt = next;
        }
        finally
        {
            _windowReminderLock.Release();
        }
    }

    /// <summary>Whether the actor may see this entry beyond the tenant rule; sellers see what is routed to them.</summary>
    protected virtual bool Visible(Actor actor, ReferralSummary summary) => true;

    /// <summary>
    /// Create the referral if this is a create, then deliver every invitation. Each step is idempotent. Returns the
    /// created referral (null for an invitation after creation) and the engagement as the receipts' report left it
    /// (null when there was nothing to deliver).
    /// </summary>
    private async Task<(Referral? Created, EngagementView? Engagement)> Run(PendingFanOut pending)
    {
        IReadOnlyList<InboundReferralDraft> deliveries = pending.Deliveries;
        Referral? referral = null;
        if (pending.Create is { } create)
        {
            var created = await GrainFactory.GetGrain<IReferralGrain>(create.Id).CreateOutbound(create);
            await Record(created.Summary);
            deliveries = created.Deliveries;
            referral = created.Referral;
        }
        else if (deliveries.Count == 0 && pending.Invitation is { } invitation && pending.InvitedBy is { } invitedBy)
        {
            // An invitation written down by a desk that stopped before (or while) recording it: record it (a no-op
            // if it was recorded), then deliver it.
            var recorded = await GrainFactory.GetGrain<IReferralGrain>(pending.ReferralId).AddInvitation(invitedBy, invitation, ifMatch: null, resuming: true);
            await Record(recorded.Summary);
            deliveries = [recorded.Delivery];
        }

        // Route every delivery first (a co-sell request to its seller), then show the receipts in their engagement
        // in one write, then deliver: each receipt's own report is then a no-op that returns the whole engagement,
        // so every party's publication sees every other party (R28). A receipt that fails is redelivered by this
        // desk's recovery, which finds its entry already there.
        var routed = await Task.WhenAll(deliveries.Select(Route));
        var shown = await Task.WhenAll(routed.GroupBy(d => d.EngagementId).Select(engagement =>
            GrainFactory.GetGrain<IEngagementGrain>(engagement.Key).ReportAll([.. engagement.Select(InboundResponse.ReceiptEntry)])));
        await Task.WhenAll(routed.Select(d => GrainFactory.GetGrain<IReferralGrain>(d.Id).Receive(d)));
        return (referral, shown.FirstOrDefault(v => v.EngagementId == referral?.EngagementId));
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

    private async Task ResumePending()
    {
        foreach (var pending in State.Pending.ToArray())
        {
            try
            {
                await Run(pending);
                State.Pending.Remove(pending);
                LogResumed(Key, pending.ReferralId);
            }
            catch (CoSellException ex)
            {
                // A rule now rejects the work (say the referral was closed before an interrupted invitation could
                // be recorded): it can never be done, so stop retrying it.
                State.Pending.Remove(pending);
                LogResumeRejected(ex, Key, pending.ReferralId);
            }
            catch (Exception ex)
            {
                LogResumeFailed(ex, Key, pending.ReferralId);
            }
        }

        await WriteAsync();
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk {Desk} could not set its response-window reminder on activation; the next index update retries")]
    private partial void LogWindowReminderFailed(Exception exception, string desk);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk {Desk} could not expire referral {ReferralId} yet; will retry on the next window tick")]
    private partial void LogExpiryFailed(Exception exception, string desk, string referralId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Desk {Desk} finished the interrupted fan-out of referral {ReferralId}")]
    private partial void LogResumed(string desk, string referralId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk {Desk} dropped the interrupted fan-out of referral {ReferralId}: a rule rejects it now")]
    private partial void LogResumeRejected(Exception exception, string desk, string referralId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk {Desk} could not yet finish the fan-out of referral {ReferralId}; will retry")]
    private partial void LogResumeFailed(Exception exception, string desk, string referralId);

    /// <summary>The organization, tenant and seller a desk creates referrals as.</summary>
    protected sealed record Originator(string OrganizationId, string OrganizationName, string TenantId, string? SellerId, bool SolutionAssessmentVetted);
}
