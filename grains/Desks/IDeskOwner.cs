namespace CoSell.Grains.Desks;

/// <summary>
/// What a desk's owner grain decides for its <see cref="ReferralDesk"/>: whose desk it is, who may create from it or
/// read it, and how long a receiver has to answer. A partner and a Microsoft seller decide differently.
/// </summary>
public interface IDeskOwner
{
    /// <summary>The organization this desk creates and keeps referrals for, and for Microsoft, the seller.</summary>
    (string OrganizationId, string? SellerId) Owner { get; }

    /// <summary>Who creates from this desk; throws when the actor may not.</summary>
    Originator EnsureOriginator(Actor actor);

    /// <summary>Which inbound tenant inboxes the actor sees (null: all), or throws when it may not read this desk.</summary>
    IReadOnlySet<string>? EnsureReader(Actor actor);

    /// <summary>How long the receiver has to answer: Microsoft's seller decision window (R22) or a partner's (R21).</summary>
    TimeSpan ResponseWindow(InboundReferralDraft draft);

    /// <summary>The desk's responsiveness figures changed (R37).</summary>
    Task OnResponsivenessChanged(ResponsivenessStats stats);
}
