using CoSell.Grains.Desks;
using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;
using CoSell.Grains.Observability;
using CoSell.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace CoSell.Grains.Referrals;

/// <summary>
/// One referral, keyed by its owner and id (<see cref="ReferralKeys"/>). Loads its rows, applies a domain rule, writes
/// its state, view row and window in one batch (<see cref="ReferralRows"/>), then hands the change on to the grains
/// outside its partition (<see cref="ReferralPublisher"/>). It never calls back into a grain that is waiting on it:
/// when its owner desk calls it (create, invite, expire, the desk's own reads) it answers from its own rows. Its
/// response window (R18, R21, R22) is a row beside its state; the owner desk's one reminder asks it to expire, and
/// expiry checks the stored deadline, so late or repeated calls change nothing.
/// </summary>
public sealed partial class ReferralGrain(
    IPartitionStore partitions,
    TimeProvider clock,
    CoSellMetrics metrics,
    Webhooks.WebhookRegistryCache webhooks,
    ILogger<ReferralGrain> logger) : Grain, IReferralGrain, IDeskReferral
{
    private ReferralRows _rows = null!;
    private ReferralPublication _publication = null!;
    private ReferralAccess _access = null!;
    private RequestMove _move = null!;
    private ReferralRegistration _registration = null!;

    private ReferralState State => _rows.State;

    private string Id => _rows.State.Exists ? _rows.State.Id : ReferralKeys.Parse(this.GetPrimaryKeyString()).ReferralId;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _rows = new ReferralRows(partitions, ReferralKeys.Parse(this.GetPrimaryKeyString()));
        _publication = new ReferralPublication(this, () => State, new ReferralPublisher(GrainFactory, webhooks), OwnerDesk, logger);
        _access = new ReferralAccess(GrainFactory, () => State, () => Id);
        _move = new RequestMove(GrainFactory, _rows, () => OwnerDesk(State), DeactivateOnIdle);
        _registration = new ReferralRegistration(GrainFactory, _access, () => State, () => Commit(), clock);
        await _rows.LoadAsync(cancellationToken);
        if (State.Exists && (State.PublishedVersion < State.Version || State.PendingNotifications.Count > 0))
        {
            // A change was written but its publication may not have finished before the last activation ended.
            _publication.Schedule(TimeSpan.Zero);
        }
    }

    /// <summary>
    /// An activation that found no row reads again before answering: a desk stores a delivered referral's first rows
    /// itself, so "not found" may have changed since this activation looked.
    /// </summary>
    private Task Current() => State.Exists ? Task.CompletedTask : _rows.LoadAsync();

    public async Task<Referral> Get(Actor actor)
    {
        await Current();
        await _access.EnsureReadable(actor);
        return await Snapshot(actor);
    }

    public async Task<Referral> GetForDesk(Actor actor, string? fingerprint = null)
    {
        await Current();
        ReferralGuards.EnsureVisibleTo(State, actor, Id);
        RequestFingerprint.EnsureSame(State, fingerprint);
        return await Snapshot(actor);
    }

    public Task<IReadOnlyList<HistoryEntry>> GetHistory(Actor actor) =>
        Readable(actor, () => Task.FromResult<IReadOnlyList<HistoryEntry>>(State.History.ToArray()));

    public async Task<Referral> Update(Actor actor, UpdateReferralRequest request)
    {
        await Current();
        await _access.EnsureVisible(actor);
        ReferralGuards.EnsureChangeable(State, actor, Id, request.IfMatch);
        (request, var catalog) = await EditInputs.LoadAsync(GrainFactory, State, request);
        var before = State.Version;
        ReferralEditing.Apply(State, actor, request, catalog, clock.GetUtcNow());
        if (State.Version != before)
        {
            await Commit(alongside: [.. ContactRows.Writes(request.Team, State.UpdatedAt)]);
        }

        return await Snapshot(actor);
    }

    public Task<Referral> Accept(Actor actor, AcceptReferralRequest request) =>
        KeyedChange(actor, "accept", request, request.IdempotencyKey, request.IfMatch,
            now => InboundResponse.Accept(State, actor, request, now), answered: true, () => metrics.Accepted.Add(1), named: request.Team);

    public Task<Referral> Decline(Actor actor, DeclineReferralRequest request) =>
        KeyedChange(actor, "decline", request, request.IdempotencyKey, request.IfMatch,
            now => InboundResponse.Decline(State, actor, request, now), answered: true, () => metrics.Declined.Add(1));

    public Task<Referral> Close(Actor actor, CloseReferralRequest request) =>
        KeyedChange(actor, "close", request, request.IdempotencyKey, request.IfMatch,
            now => ReferralClosing.Close(State, actor, request, now), answered: false,
            () => (State.Substatus == Substatus.Won ? metrics.Won : metrics.Lost).Add(1));

    public async Task<Referral> AddColleague(Actor actor, string sellerId, string? ifMatch = null)
    {
        var colleague = (await GrainFactory.GetGrain<Directory.ISellerDirectoryGrain>(DirectoryKeys.Default).Profiles([sellerId ?? ""])).SingleOrDefault();
        return await KeyedChange(actor, "colleague", sellerId, null, ifMatch, now => MicrosoftTeam.AddColleague(State, actor, sellerId, colleague, now), false, () => { });
    }

    /// <summary>
    /// A change that may carry an Idempotency-Key (R40): a repeat of the last keyed change answers the referral as it
    /// is; otherwise the usual checks, the rule, and one write that stores the key with the change.
    /// </summary>
    private async Task<Referral> KeyedChange<TRequest>(Actor actor, string action, TRequest request, string? key, string? ifMatch,
        Action<DateTimeOffset> apply, bool answered, Action count, IEnumerable<Contact>? named = null)
    {
        await Current();
        await _access.EnsureVisible(actor);
        var fingerprint = KeyedChanges.Fingerprint(action, request);
        if (KeyedChanges.IsRepeat(State, actor, key, fingerprint))
        {
            return await Snapshot(actor);
        }

        ReferralGuards.EnsureChangeable(State, actor, Id, ifMatch);
        apply(clock.GetUtcNow());
        KeyedChanges.Remember(State, actor, key, fingerprint);
        // The contacts the change names are remembered in the same batch (R12).
        await Commit(answered, [.. ContactRows.Writes(named, State.UpdatedAt)]);
        count();
        return await Snapshot(actor);
    }

    public async Task<RegistrationView> GetRegistration(Actor actor)
    {
        await Current();
        return await _registration.GetAsync(actor);
    }

    public async Task<RegistrationView> SubmitRegistration(Actor actor, RegistrationRequest request, string? ifMatch = null)
    {
        await Current();
        return await _registration.SubmitAsync(actor, request, ifMatch);
    }

    public async Task<RegistrationView> ReviewRegistration(Actor actor, RegistrationReview review, string? ifMatch = null)
    {
        await Current();
        return await _registration.ReviewAsync(actor, review, ifMatch);
    }

    public async Task<InvitationRecorded> AddInvitation(Actor actor, PlannedInvitation invitation, string? ifMatch)
    {
        await Current();
        // The desk checked the tenant (R2); the organization, role and ETag checks are the referral's.
        ReferralGuards.EnsureVisibleTo(State, actor, Id);
        ReferralGuards.EnsureChangeable(State, actor, Id, ifMatch);
        var microsoft = State.Invitations.Any(i => i.InviteeOrganizationId == Organizations.Microsoft)
            ? (await ClusterReads.Read(GrainFactory.GetGrain<IEngagementGrain>(EngagementKeys.Of(State)).Get)).Microsoft.Status
            : MicrosoftStatus.None;
        var dealType = InvitationPolicy.Check(State, invitation.InviteeOrganizationId, microsoft, invitation.ReferralId);
        InvitationPolicy.Apply(State, actor, invitation, dealType, clock.GetUtcNow());

        // The delivery is a relay row of the same transaction: a desk that dies before delivering finds it and delivers.
        var delivery = OutboundReferral.Delivery(State, invitation);
        await Commit(alongside: [DeskRelays.Deliver(State.Id, delivery.Id, [delivery.Id]), .. ContactRows.Writes(invitation.InvitingTeam, State.UpdatedAt)], deskWaits: true);
        return new InvitationRecorded(delivery);
    }

    public async Task<ReferralSummary?> ExpireIfDue()
    {
        await Current();
        if (!State.Exists)
        {
            return null;
        }

        // The desk's reminder is waiting on this call and counts the answer from the partition afterwards: no call back.
        var firedAt = clock.GetUtcNow();
        var deadline = State.ExpirationDateTime;
        if (InboundResponse.Expire(State, firedAt))
        {
            LogExpired(Id, State.EngagementId, State.OrganizationId);
            await Commit(deskWaits: true);
            metrics.Expired.Add(1);
            metrics.ReminderLag.Record((firedAt - deadline!.Value).TotalSeconds);
        }

        return ReferralProjection.ToSummary(State);
    }

    public async Task<Referral> CopyAsNew(Actor actor, CopyReferralRequest request)
    {
        await Current();
        await _access.EnsureVisible(actor);
        // The owner desk creates the copy; it never waits on a closed referral (no window, no move), so no call cycle.
        var copy = await Desks.Desks.Referrals(GrainFactory, State.OrganizationId, State.SellerId)
            .CreateReferral(actor, ReferralCopy.Request(State, actor, request), ReferralCopy.KeyFor(Id));
        if (ReferralCopy.Link(State, actor, copy.Id, clock.GetUtcNow()))
        {
            await _rows.WriteAsync();
        }

        return copy;
    }

    public Task<IReadOnlyList<EngagementNote>> GetNotes(Actor actor) =>
        Readable(actor, () => GrainFactory.GetGrain<IEngagementGrain>(EngagementKeys.Of(State)).Notes(actor.OrganizationId));

    public Task<EngagementNote> AddNote(Actor actor, string text) => Readable(actor, () =>
        GrainFactory.GetGrain<IEngagementGrain>(EngagementKeys.Of(State)).AddNote(EngagementNotes.Write(State, actor, text, clock.GetUtcNow()), State.Name));

    public async Task<ReferralSummary> Assign(Actor actor, string sellerId)
    {
        await Current();
        return await _move.AssignAsync(actor, sellerId, clock.GetUtcNow());
    }

    public async Task FinishMove()
    {
        await Current();
        await _move.FinishAsync();
    }

    public async Task<bool> WarnIfDue(IReadOnlyList<TimeSpan> offsets)
    {
        await Current();
        // As for an expiry, the desk waits on this call and set its recovery reminder: no call back.
        if (!ResponseWarnings.Warn(State, clock.GetUtcNow(), offsets))
        {
            return false;
        }

        await Commit(deskWaits: true);
        metrics.Warned.Add(1);
        return true;
    }

    private IDeskInbox OwnerDesk(ReferralState state) => Desks.Desks.For(GrainFactory, state.OrganizationId, state.SellerId);

    /// <summary>
    /// Write the change with its publication relay (one batch), then publish it. A failed publication is retried; the
    /// write is what counts: if this silo dies first, the owner desk's recovery carries the relay out. The desk's
    /// recovery reminder is set before the write; when the desk is the caller (<paramref name="deskWaits"/>) it set it.
    /// </summary>
    private async Task Commit(bool answered = false, IReadOnlyList<RowWrite>? alongside = null, bool deskWaits = false)
    {
        if (!deskWaits)
        {
            // Idempotent, so retried like a read when the desk's silo is just leaving (a rolling restart).
            await ClusterReads.Run(() => OwnerDesk(State).ExpectPublication());
        }

        try
        {
            await _rows.WriteAsync([DeskRelays.Publish(State.Id, [.. State.PendingNotifications], State.Version), .. alongside ?? []]);
        }
        catch
        {
            // The change is in memory but not stored: start again from storage on the next call rather than act on
            // (or, like Receive's "already exists" check, trust) a state that was never written.
            DeactivateOnIdle();
            throw;
        }

        if (answered)
        {
            // One-way: the desk counts the answer row this write left in its partition (R37).
            _ = OwnerDesk(State).Answered();
        }

        await _publication.PublishAsync();
    }

    private async Task<T> Readable<T>(Actor actor, Func<Task<T>> then)
    {
        await Current();
        await _access.EnsureReadable(actor);
        return await then();
    }

    private async Task<Referral> Snapshot(Actor actor)
    {
        var engagement = ClusterReads.Read(GrainFactory.GetGrain<IEngagementGrain>(EngagementKeys.Of(State)).Get);
        var favorite = _rows.IsFavoriteAsync(actor.UserId);
        // A co-sell request open before Microsoft shows its seller the other partners asking for the same customer.
        var others = State.IsMicrosoftSide && State.Status == ReferralStatus.New
            ? ClusterReads.Read(() => GrainFactory.GetGrain<Directory.ISellerDirectoryGrain>(DirectoryKeys.Default).Competing(Id))
            : Task.FromResult<IReadOnlyList<string>>([]);
        var referral = ReferralProjection.ToReferral(State, await engagement, await favorite);
        return (await others) is { Count: > 0 } ids ? referral with { OtherRequests = [.. ids.Select(id => new RelatedRequest(id, Substatus.Received))] } : referral;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId} (engagement {EngagementId}, organization {OrganizationId}) expired: no response within its window")]
    private partial void LogExpired(string referralId, string engagementId, string organizationId);
}
