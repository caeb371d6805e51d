namespace CoSell.Grains.Domain;

/// <summary>
/// Where an engagement (R28) lives: beside the referral that started it, in its owner's partition, so that the
/// create that starts an engagement writes it in the same transaction. Its grain key is that referral's key.
/// </summary>
public static class EngagementKeys
{
    /// <summary>The engagement of <paramref name="state"/>: its own for an outbound referral, its inviter's for an inbound one.</summary>
    public static string Of(ReferralState state) => state.InviteContext is { } invited
        ? ReferralKeys.For(invited.InvitedByOrganizationId, invited.InvitedBySellerId, state.EngagementId)
        : ReferralKeys.For(state.OrganizationId, state.SellerId, state.EngagementId);
}
