namespace CoSell.Grains.Referrals;

/// <summary>
/// What a referral's own desk asks of it (<see cref="IReferralGrain"/> is what callers may). These calls never call
/// back into the desk: it is waiting on them, and a grain that is deactivating (its silo stopping) holds even
/// interleaving calls until its running call ends, so a callback would stall both. The desk checks what it knows
/// (tenant links, favorites) and indexes the summaries they return.
/// </summary>
public interface IDeskReferral : IGrainWithStringKey
{
    /// <summary>
    /// Desk use: the referral as <paramref name="actor"/> sees it, without the favorite mark (the desk holds it) and
    /// without the linked-tenant check (the desk, which keeps the links, made it). For a retried keyed create (R40):
    /// 409 when <paramref name="fingerprint"/> is another body's.
    /// </summary>
    Task<Referral> GetForDesk(Actor actor, string? fingerprint = null);

    /// <summary>
    /// Desk use: record a new invitation on this outbound referral after creation (R27), with a relay row for its
    /// delivery in the same transaction (the desk delivers it, or its recovery does after a crash).
    /// The desk has checked that the actor's tenant sees the referral (R2).
    /// </summary>
    Task<InvitationRecorded> AddInvitation(Actor actor, PlannedInvitation invitation, string? ifMatch);

    /// <summary>
    /// Desk use: the owner desk's window reminder found this referral's deadline passed. Expires it if it is still
    /// Received and its stored deadline has passed (R21, R22); otherwise changes nothing. Returns the current summary
    /// (null when the referral does not exist) so the desk can correct its view.
    /// </summary>
    Task<ReferralSummary?> ExpireIfDue();

    /// <summary>
    /// Desk use: the owner desk's window reminder found a warning before this referral's deadline due (R18, R21, R22).
    /// Gives it if the referral is still Received and was not warned at that offset (<paramref name="offsets"/>, the
    /// configured ones); otherwise changes nothing. True when a warning was given.
    /// </summary>
    Task<bool> WarnIfDue(IReadOnlyList<TimeSpan> offsets);

    /// <summary>Desk use (relay recovery): carry out an Operator's assignment this request wrote down but did not finish (R4).</summary>
    Task FinishMove();
}
