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
    /// <summary>For an invitation after creation: the inbound referral to deliver.</summary>
    [Id(2)] public List<InboundReferralDraft> Deliveries { get; set; } = [];
}
