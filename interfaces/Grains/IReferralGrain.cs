namespace CoSell;

/// <summary>
/// One referral (opportunity), keyed by referral id. Reads and the per-referral actions of its owner go here;
/// creating and inviting go through the owner's desk (<see cref="IPartnerGrain"/>, <see cref="ISellerGrain"/>).
/// Every change is checked against the caller's organization, the referral's state and <c>IfMatch</c> (R40).
/// The "desk use" methods never call back into the desk: it is waiting on them, and a grain that is deactivating
/// (its silo stopping) holds even interleaving calls until its running call ends, so a callback would stall both.
/// The desk checks what it knows (tenant links, favorites) and indexes the summaries they return.
/// </summary>
public interface IReferralGrain : IGrainWithStringKey
{
    Task<Referral> Get(Actor actor);

    Task<IReadOnlyList<HistoryEntry>> GetHistory(Actor actor);

    /// <summary>Edit details, team, solutions, and mark sales stages (R23, R24, R29).</summary>
    Task<Referral> Update(Actor actor, UpdateReferralRequest request);

    /// <summary>Accept an inbound referral; for Microsoft's side, engage (R19, R22).</summary>
    Task<Referral> Accept(Actor actor, AcceptReferralRequest request);

    /// <summary>Decline an inbound referral; for Microsoft's side, decline to engage (R20, R22).</summary>
    Task<Referral> Decline(Actor actor, DeclineReferralRequest request);

    /// <summary>Close as Won or Lost (R25, R29).</summary>
    Task<Referral> Close(Actor actor, CloseReferralRequest request);

    /// <summary>Eligibility (R30) and the registration, if any. Operators may read any referral's.</summary>
    Task<RegistrationView> GetRegistration(Actor actor);

    /// <summary>Submit, or amend and resubmit, the registration of a won, eligible deal (R30, R31).</summary>
    Task<RegistrationView> SubmitRegistration(Actor actor, RegistrationRequest request);

    /// <summary>Operator: approve, reject or ask for more information (R31).</summary>
    Task<RegistrationView> ReviewRegistration(Actor actor, RegistrationReview review);

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
}
