namespace CoSell;

/// <summary>
/// An organization's front desk for referrals: creates and invites (fanning invitations out to the invited
/// parties), and keeps the inbound, outbound and favorites views (R32, R33).
/// Index updates interleave: a referral reporting a change never waits behind the desk's own fan-out, so
/// desks inviting each other at once cannot deadlock.
/// </summary>
public interface IReferralDesk : IGrainWithStringKey
{
    Task<Referral> CreateReferral(Actor actor, CreateReferralRequest request, string? idempotencyKey = null);

    Task<Referral> Invite(Actor actor, string referralId, InvitationRequest invitation, string? ifMatch = null);

    [ReadOnly]
    Task<ReferralPage> ListReferrals(Actor actor, ReferralQuery query);

    /// <summary>Mark or unmark a referral as the caller's favorite; idempotent, per user (R32).</summary>
    Task SetFavorite(Actor actor, string referralId, bool favorite);

    [AlwaysInterleave]
    Task<bool> IsFavorite(string userId, string referralId);

    /// <summary>How this organization answers inbound referrals (R37).</summary>
    [AlwaysInterleave]
    Task<ResponsivenessStats> GetResponsiveness();

    /// <summary>Referral use: record the latest summary of a referral of this organization.</summary>
    [AlwaysInterleave]
    Task Index(ReferralSummary summary);
}
