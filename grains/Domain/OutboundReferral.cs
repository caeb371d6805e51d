namespace CoSell.Grains.Domain;

/// <summary>An outbound referral comes to life Accepted at stage Created (R14), in an engagement named after it (R28).</summary>
public static class OutboundReferral
{
    public static void Create(ReferralState state, OutboundReferralDraft draft, DateTimeOffset now)
    {
        state.Id = draft.Id;
        state.EngagementId = draft.Id;
        state.OrganizationId = draft.OrganizationId;
        state.OrganizationName = draft.OrganizationName;
        state.TenantId = draft.TenantId;
        state.SellerId = draft.SellerId;
        state.Direction = ReferralDirection.Outgoing;
        state.DealType = draft.DealType;
        state.Substatus = Substatus.Accepted;
        state.SalesStage = SalesStage.Created;
        state.Name = draft.Name;
        state.CustomerProfile = draft.CustomerProfile;
        state.Consent = draft.Consent;
        state.Details = draft.Details;
        state.Team = [.. draft.Team];
        state.Solutions = [.. draft.Solutions];
        state.Location = draft.Location;
        state.Invitations = [.. draft.Invitations];
        state.CreatedAt = now;
        state.RequestFingerprint = draft.RequestFingerprint;
        var invited = draft.Invitations.Count == 0 ? "" : $", inviting {string.Join(", ", draft.Invitations.Select(i => i.InviteeOrganizationId))}";
        state.Record(new Actor(draft.OrganizationId, draft.TenantId, draft.CreatedByUserId, []), "created",
            $"Created as {draft.DealType}{invited}{(draft.CopyOf is { } source ? $", a copy of referral {source}" : "")}.", now);
    }

    /// <summary>The inbound referrals this referral's invitations become.</summary>
    public static IReadOnlyList<InboundReferralDraft> Deliveries(ReferralState state) =>
        [.. state.Invitations.Select(i => Delivery(state, i))];

    public static InboundReferralDraft Delivery(ReferralState state, PlannedInvitation invitation) =>
        ReferralCreation.ToInbound(state.EngagementId, state.Id, state.OrganizationId, state.OrganizationName, state.Name,
            state.CustomerProfile!, state.Consent, state.Location, invitation, state.SellerId);
}
