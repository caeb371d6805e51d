namespace CoSell;

/// <summary>
/// One referral (opportunity), keyed by referral id. Reads and the per-referral actions of its owner go here;
/// creating and inviting go through the owner's desk (<see cref="IPartnerGrain"/>, <see cref="ISellerGrain"/>).
/// Every change is checked against the caller's organization, the referral's state and <c>IfMatch</c> (R40).
/// What its desk asks of it is <c>IDeskReferral</c>, in the grains.
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

    /// <summary>
    /// Operator: assign an open co-sell request (in the fallback queue or with a seller) to seller
    /// <paramref name="sellerId"/> (R4, R22): it moves to that seller's desk with its deadline, and the seller is told.
    /// Returns it as the seller now holds it.
    /// </summary>
    Task<ReferralSummary> Assign(Actor actor, string sellerId);

    /// <summary>
    /// Copy this closed referral as a new private deal of the caller's organization (issue 16, point 6; R26 holds: this
    /// one is not reopened). Linked both ways in history; copying again returns the same copy.
    /// </summary>
    Task<Referral> CopyAsNew(Actor actor, CopyReferralRequest request);

    /// <summary>The engagement's shared notes the caller's organization may read, oldest first (issue 16, point 4).</summary>
    Task<IReadOnlyList<EngagementNote>> GetNotes(Actor actor);

    /// <summary>Write a note on the engagement's shared thread; the other parties are told (a private deal's stay its own).</summary>
    Task<EngagementNote> AddNote(Actor actor, string text);

    /// <summary>The seller of a co-sell request: add a registered colleague to Microsoft's side; the partner sees each (R28).</summary>
    Task<Referral> AddColleague(Actor actor, string sellerId, string? ifMatch = null);

    /// <summary>Eligibility (R30) and the registration, if any. Operators may read any referral's.</summary>
    Task<RegistrationView> GetRegistration(Actor actor);

    /// <summary>Submit, or amend and resubmit, the registration of a won, eligible deal (R30, R31).</summary>
    Task<RegistrationView> SubmitRegistration(Actor actor, RegistrationRequest request, string? ifMatch = null);

    /// <summary>Operator: approve, reject or ask for more information (R31).</summary>
    Task<RegistrationView> ReviewRegistration(Actor actor, RegistrationReview review, string? ifMatch = null);
}
