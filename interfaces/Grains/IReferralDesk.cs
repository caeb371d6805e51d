namespace CoSell;

/// <summary>
/// An organization's front desk for referrals: creates and invites (fanning invitations out to the invited
/// parties), and keeps the inbound, outbound and favorites views (R32, R33).
/// The views are read from the desk's partition, where each referral writes its own view row with its state. What
/// grains ask of a desk (deliveries, answers, publications) is <c>IDeskInbox</c>, in the grains.
/// </summary>
public interface IReferralDesk : IGrainWithStringKey
{
    Task<Referral> CreateReferral(Actor actor, CreateReferralRequest request, string? idempotencyKey = null);

    /// <summary>Checks a create by every rule <see cref="CreateReferral"/> applies and stores nothing (an import's dry run).</summary>
    Task CheckCreate(Actor actor, CreateReferralRequest request);

    Task<Referral> Invite(Actor actor, string referralId, InvitationRequest invitation, string? ifMatch = null);

    [ReadOnly]
    Task<ReferralPage> ListReferrals(Actor actor, ReferralQuery query);

    /// <summary>Mark or unmark a referral as the caller's favorite; idempotent, per user (R32).</summary>
    Task SetFavorite(Actor actor, string referralId, bool favorite);

    /// <summary>How this organization answers inbound referrals (R37).</summary>
    [AlwaysInterleave]
    Task<ResponsivenessStats> GetResponsiveness();

    /// <summary>The caller's insights: pipeline, win rate, time to respond, what expires within <paramref name="expiringWithinDays"/> (1–30).</summary>
    Task<OrganizationInsights> GetInsights(Actor actor, int expiringWithinDays = 3);
}
