using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;
using CoSell.Grains.Observability;
using Microsoft.Extensions.Logging;
using CoSell.Grains.Storage;

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
    private readonly SemaphoreSlim _answersLock = new(1, 1);
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
        await _responsiveness.LoadAsync();

        // The window reminder and the answers left to count are looked at after activating, in a turn of their own,
        // so that activation never waits on (or fails with) a reminder service that is moving between silos.
        this.RegisterGrainTimer(ResumeWindowsAndAnswers, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));

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
        var referral = ReferralOf(referralId);
        if (idempotencyKey is not null && await Views.ExistsAsync(referralId))
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

        var engagement = shown ?? await GrainFactory.GetGrain<IEngagementGrain>(ReferralKeys.For(Owner.OrganizationId, Owner.SellerId, created.EngagementId)).Get();
        return ReferralProjection.WithEngagement(created, engagement, favorite: false);
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
        return Views.QueryAsync(query, actor.UserId, tenants, r => Visible(actor, r));
    }

    public async Task SetFavorite(Actor actor, string referralId, bool favorite)
    {
        await ReadVisible(actor, referralId);
        await Views.SetFavoriteAsync(actor.UserId, referralId, favorite);
    }

    public Task WindowOpened(DateTimeOffset deadline) => _windows!.ScheduleAsync(deadline);

    public Task Answered() => CountAnswers();

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
            var created = await ReferralOf(create.Id).CreateOutbound(create);
            deliveries = created.Deliveries;
            referral = created.Referral;
        }
        else if (deliveries.Count == 0 && pending.Invitation is { } invitation && pending.InvitedBy is { } invitedBy)
        {
            // An invitation written down by a desk that stopped before (or while) recording it: record it (a no-op
            // if it was recorded), then deliver it.
            var recorded = await ReferralOf(pending.ReferralId).AddInvitation(invitedBy, invitation, ifMatch: null, resuming: true);
            deliveries = [recorded.Delivery];
        }

        // Route every delivery first (a co-sell request to its seller), then show the receipts in their engagement
        // in one write, then deliver: each receipt's own report is then a no-op that returns the whole engagement,
        // so every party's publication sees every other party (R28). A receipt that fails is redelivered by this
        // desk's recovery, which finds its entry already there.
        var routed = await Task.WhenAll(deliveries.Select(Route));
        var shown = await Task.WhenAll(routed.GroupBy(d => d.EngagementId).Select(engagement =>
            GrainFactory.GetGrain<IEngagementGrain>(ReferralKeys.For(Owner.OrganizationId, Owner.SellerId, engagement.Key)).ReportAll([.. engagement.Select(InboundResponse.ReceiptEntry)])));
        await Task.WhenAll(routed.Select(d => GrainFactory.GetGrain<IReferralGrain>(ReferralKeys.For(d.OrganizationId, d.SellerId, d.Id)).Receive(d)));
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk {Desk} could not set its response-window reminder or count answers on activation; the next window opened or answer retries")]
    private partial void LogWindowReminderFailed(Exception exception, string desk);

    [LoggerMessage(Level = LogLevel.Information, Message = "Desk {Desk} finished the interrupted fan-out of referral {ReferralId}")]
    private partial void LogResumed(string desk, string referralId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk {Desk} dropped the interrupted fan-out of referral {ReferralId}: a rule rejects it now")]
    private partial void LogResumeRejected(Exception exception, string desk, string referralId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk {Desk} could not yet finish the fan-out of referral {ReferralId}; will retry")]
    private partial void LogResumeFailed(Exception exception, string desk, string referralId);

    /// <summary>The organization, tenant and seller a desk creates referrals as.</summary>
    protected sealed record Originator(string OrganizationId, string OrganizationName, string TenantId, string? SellerId, bool SolutionAssessmentVetted);
}
