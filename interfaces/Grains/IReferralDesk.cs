namespace CoSell;

/// <summary>
/// An organization's front desk for referrals: creates and invites (fanning invitations out to the invited
/// parties), and keeps the inbound, outbound and favorites views (R32, R33).
/// The views are read from the desk's partition, where each referral writes its own view row with its state; a
/// referral calls its desk only to have its recovery reminder set before a change and to say it was answered or
/// published (one-way). A desk stores the inbound referrals delivered to
/// it itself, without activating them.
/// </summary>
public interface IReferralDesk : IGrainWithStringKey
{
    Task<Referral> CreateReferral(Actor actor, CreateReferralRequest request, string? idempotencyKey = null);

    Task<Referral> Invite(Actor actor, string referralId, InvitationRequest invitation, string? ifMatch = null);

    [ReadOnly]
    Task<ReferralPage> ListReferrals(Actor actor, ReferralQuery query);

    /// <summary>Mark or unmark a referral as the caller's favorite; idempotent, per user (R32).</summary>
    Task SetFavorite(Actor actor, string referralId, bool favorite);

    /// <summary>How this organization answers inbound referrals (R37).</summary>
    [AlwaysInterleave]
    Task<ResponsivenessStats> GetResponsiveness();

    /// <summary>
    /// Desk use: store an invitation's inbound referral of this desk (R18) and open its response window (R21, R22), in
    /// one transaction; a repeated delivery changes nothing. <paramref name="engagement"/>: the engagement as the
    /// sender left it, already showing this receipt (null: report it). Interleaves, so desks delivering to each other
    /// at the same moment never wait on each other.
    /// </summary>
    [AlwaysInterleave]
    Task Receive(InboundReferralDraft draft, EngagementView? engagement = null);

    /// <summary>Referral use: an inbound referral was answered; the desk counts the answers waiting in its partition (R37).</summary>
    [OneWay, AlwaysInterleave]
    Task Answered();

    /// <summary>
    /// Referral use, before it writes a change a caller asked for: the desk's recovery reminder is set, so the
    /// publication relay that change leaves in the partition is carried out even if the referral's silo dies before
    /// publishing. Never called while the desk waits on that referral (the desk sets it itself then).
    /// </summary>
    [AlwaysInterleave]
    Task ExpectPublication();

    /// <summary>Referral use: <paramref name="version"/> of a referral is published; its relay row goes with the desk's next deletes.</summary>
    [OneWay, AlwaysInterleave]
    Task Published(string referralId, long version);
}
