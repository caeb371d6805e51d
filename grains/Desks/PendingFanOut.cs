namespace CoSell.Grains.Desks;

/// <summary>
/// A create or invitation whose deliveries are not yet all done: written before the work starts, removed after,
/// so a desk that dies midway finishes the work when it comes back (every step is idempotent).
/// </summary>
[GenerateSerializer]
public sealed class PendingFanOut
{
    [Id(0)] public string ReferralId { get; set; } = "";
    /// <summary>For a create: the referral to create first.</summary>
    [Id(1)] public OutboundReferralDraft? Create { get; set; }
    /// <summary>For an invitation after creation: the inbound referral to deliver (once the invitation is recorded).</summary>
    [Id(2)] public List<InboundReferralDraft> Deliveries { get; set; } = [];

    /// <summary>
    /// For an invitation after creation: the invitation to record on the referral, written before it is recorded so
    /// that a desk dying in between still records and delivers it (<see cref="InvitedBy"/> is who asked).
    /// </summary>
    [Id(3)] public PlannedInvitation? Invitation { get; set; }

    [Id(4)] public Actor? InvitedBy { get; set; }
}
