namespace CoSell.Grains.Desks;

/// <summary>
/// What other grains ask of an organization's desk (<see cref="IReferralDesk"/>): deliveries from other desks, and a
/// referral's answers and publications. Not part of the client contract; reach it through <see cref="Desks.For"/>.
/// </summary>
public interface IDeskInbox : IGrainWithStringKey
{
    /// <summary>
    /// Desk use: store an invitation's inbound referral of this desk (R18) and open its response window (R21, R22), in
    /// one transaction; a repeated delivery changes nothing. <paramref name="engagement"/>: the engagement as the
    /// sender left it, already showing this receipt (null: report it). Interleaves, so desks delivering to each other
    /// at the same moment never wait on each other.
    /// </summary>
    [AlwaysInterleave]
    Task Receive(InboundReferralDraft draft, EngagementView? engagement = null);

    /// <summary>
    /// Referral use: store a co-sell request an Operator assigned to this seller (R4) — the referral as it was, with this
    /// desk as its owner, its deadline kept and the assignment in its history; a repeat changes nothing. Interleaves.
    /// </summary>
    [AlwaysInterleave]
    Task ReceiveMoved(Domain.ReferralState moved);

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
