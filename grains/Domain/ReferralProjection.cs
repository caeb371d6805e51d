namespace CoSell.Grains.Domain;

/// <summary>The views of a referral's state that leave the grain: the full referral, its view summary and its engagement entry.</summary>
public static class ReferralProjection
{
    public static Referral ToReferral(ReferralState state, EngagementView? engagement, bool favorite) => WithEngagement(new Referral
    {
        Id = state.Id,
        EngagementId = state.EngagementId,
        OrganizationId = state.OrganizationId,
        TenantId = state.TenantId,
        Name = state.Name,
        Direction = state.Direction,
        DealType = state.DealType,
        Status = state.Status,
        Substatus = state.Substatus,
        StatusReason = state.StatusReason,
        SalesStage = state.SalesStage,
        SalesStagePercent = SalesStages.Percent(state.SalesStage),
        CustomerProfile = state.CustomerProfile!,
        Consent = state.Consent,
        Details = state.Details!,
        Team = state.Team.ToArray(),
        Solutions = state.Solutions.ToArray(),
        Location = state.Location,
        InviteContext = state.InviteContext,
        Participants = [],
        Microsoft = MicrosoftCard.NotInvited,
        ExpirationDateTime = state.ExpirationDateTime,
        ClosingSoon = ResponseWarnings.IsClosingSoon(state),
        SellerId = state.SellerId,
        CreatedDateTime = state.CreatedAt,
        UpdatedDateTime = state.UpdatedAt,
        ETag = state.ETag,
        RegistrationStatus = state.Registration?.Status,
    }, engagement, favorite);

    /// <summary>A referral as its reader sees it: with what its engagement shows (R28) and the reader's favorite mark.</summary>
    public static Referral WithEngagement(Referral referral, EngagementView? engagement, bool favorite) => referral with
    {
        Participants = engagement?.Participants.Where(p => p.ReferralId != referral.Id).ToArray() ?? [],
        Microsoft = engagement?.Microsoft ?? MicrosoftCard.NotInvited,
        Favorite = favorite,
    };

    public static ReferralSummary ToSummary(ReferralState state) => new()
    {
        Id = state.Id,
        EngagementId = state.EngagementId,
        OrganizationId = state.OrganizationId,
        TenantId = state.TenantId,
        Name = state.Name,
        Direction = state.Direction,
        DealType = state.DealType,
        Status = state.Status,
        Substatus = state.Substatus,
        SalesStage = state.SalesStage,
        CustomerName = state.CustomerProfile?.Name ?? "",
        DealValue = state.Details?.DealValue ?? 0,
        Currency = state.Details?.Currency ?? "",
        InvitedByOrganizationId = state.InviteContext?.InvitedByOrganizationId,
        ExpirationDateTime = state.ExpirationDateTime,
        ClosingSoon = ResponseWarnings.IsClosingSoon(state),
        SellerId = state.SellerId,
        UpdatedDateTime = state.UpdatedAt,
        CreatedDateTime = state.CreatedAt,
        RegistrationStatus = state.Registration?.Status,
        Version = state.Version,
    };

    public static EngagementEntry ToEngagementEntry(ReferralState state) =>
        new(state.Id, state.OrganizationId, state.OrganizationName, state.SellerId, state.Status, state.Substatus, state.Version,
            state.IsMicrosoftSide && state.Colleagues.Count > 0 ? [.. state.Colleagues] : null);
}
