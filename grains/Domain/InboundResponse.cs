namespace CoSell.Grains.Domain;

/// <summary>
/// Receiving and answering an invitation (R18–R22). Microsoft's side of a co-sell request works the same way
/// within the seller decision window: accepting engages, declining or lapsing leaves the partner's deal as it was.
/// </summary>
public static class InboundResponse
{
    /// <summary>R18: a new inbound referral, Received, with its response deadline.</summary>
    public static void Receive(ReferralState state, InboundReferralDraft draft, DateTimeOffset deadline, DateTimeOffset now)
    {
        state.Id = draft.Id;
        state.EngagementId = draft.EngagementId;
        state.OrganizationId = draft.OrganizationId;
        state.OrganizationName = draft.OrganizationName;
        state.TenantId = draft.TenantId;
        state.SellerId = draft.SellerId;
        state.Direction = ReferralDirection.Incoming;
        state.DealType = draft.DealType;
        state.Substatus = Substatus.Received;
        state.SalesStage = SalesStage.Created;
        state.Name = draft.Name;
        state.CustomerProfile = draft.CustomerProfile;
        state.Consent = draft.Consent;
        state.Details = draft.Details;
        state.Team = [];
        state.Solutions = [.. draft.Solutions];
        state.Location = draft.Location;
        state.InviteContext = draft.InviteContext;
        state.SenderNotifyEmails = [.. draft.InviteContext.InvitingTeam.Select(t => t.Email)];
        state.ReceiverNotifyEmails = [.. draft.NotifyEmails];
        state.ExpirationDateTime = deadline;
        state.CreatedAt = now;
        var from = draft.InviteContext.InvitedByOrganizationName;
        state.Record(null, "received", $"Received from {from}; respond by {deadline:u}.", now);
        state.Notify(NotificationKind.ReferralReceived, draft.OrganizationId, state.SellerId, state.Id, draft.NotifyEmails,
            $"{from} invited you to '{draft.Name}'. Respond by {deadline:u}.", now);
    }

    /// <summary>What the receipt of <paramref name="draft"/> shows in its engagement (R28): the entry of <see cref="Receive"/>'s first version.</summary>
    public static EngagementEntry ReceiptEntry(InboundReferralDraft draft)
    {
        var state = new ReferralState();
        Receive(state, draft, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        return ReferralProjection.ToEngagementEntry(state);
    }

    /// <summary>R19 (R22 for Microsoft): accept with optional own name, details and team.</summary>
    public static void Accept(ReferralState state, Actor actor, AcceptReferralRequest request, DateTimeOffset now)
    {
        EnsureReceived(state, "accept");
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var name = request.Name is null ? state.Name : DealDetailsValidation.EnsureName(request.Name, "name");
        var details = DealDetailsValidation.Merge(state.Details!, request.Details, "details", today);
        if (request.Team is not null)
        {
            ContactValidation.EnsureTeam(request.Team, "team");
        }

        state.Name = name;
        state.Details = details;
        state.Team = request.Team is null ? state.Team : [.. request.Team];
        state.Substatus = Substatus.Accepted;
        state.SalesStage = SalesStage.Accepted;
        state.ExpirationDateTime = null;
        var microsoft = state.IsMicrosoftSide;
        state.Record(actor, microsoft ? "engaged" : "accepted", microsoft ? "Microsoft engaged." : "Accepted.", now);
        NotifySender(state, microsoft ? NotificationKind.SellerEngaged : NotificationKind.ReferralAccepted,
            microsoft ? $"Microsoft engaged on '{state.Name}'." : $"{state.OrganizationName} accepted '{state.Name}'.", now);
    }

    /// <summary>R20 (R22 for Microsoft): decline with a reason from the fixed list; Other needs notes.</summary>
    public static void Decline(ReferralState state, Actor actor, DeclineReferralRequest request, DateTimeOffset now)
    {
        EnsureReceived(state, "decline");
        var reason = request.Reason ?? throw CoSellException.Validation("reason", "A decline reason is required: NotMyExpertise, CustomerNotReady, InsufficientInformation, DuplicateDeal or Other (R20).");
        if (reason == DeclineReason.Other && string.IsNullOrWhiteSpace(request.Notes))
        {
            throw CoSellException.Validation("notes", "Declining for reason Other needs notes saying why (R20).");
        }

        state.Substatus = Substatus.Declined;
        state.StatusReason = string.IsNullOrWhiteSpace(request.Notes) ? reason.ToString() : $"{reason}: {request.Notes}";
        state.ExpirationDateTime = null;
        var microsoft = state.IsMicrosoftSide;
        state.Record(actor, "declined", $"Declined ({state.StatusReason}).", now);
        NotifySender(state, microsoft ? NotificationKind.SellerDeclined : NotificationKind.ReferralDeclined,
            microsoft ? $"Microsoft declined to engage on '{state.Name}' ({state.StatusReason})." : $"{state.OrganizationName} declined '{state.Name}' ({state.StatusReason}).", now);
    }

    /// <summary>
    /// R21 (R22 for Microsoft): the window lapsed. Returns false, changing nothing, when there is nothing to
    /// expire — already answered, or the deadline not reached — so a late or repeated tick is harmless.
    /// </summary>
    public static bool Expire(ReferralState state, DateTimeOffset now)
    {
        if (!state.Exists || state.Substatus != Substatus.Received || state.ExpirationDateTime is not { } deadline || now < deadline)
        {
            return false;
        }

        state.Substatus = Substatus.Expired;
        state.StatusReason = "NoResponse";
        var microsoft = state.IsMicrosoftSide;
        state.Record(null, microsoft ? "lapsed" : "expired", $"No response by {deadline:u}.", now);
        NotifySender(state, microsoft ? NotificationKind.SellerLapsed : NotificationKind.ReferralExpired,
            microsoft ? $"Microsoft's decision window on '{state.Name}' lapsed; your deal is unchanged." : $"'{state.Name}' expired: {state.OrganizationName} did not respond by {deadline:u}.", now);
        return true;
    }

    private static void EnsureReceived(ReferralState state, string action)
    {
        if (state.Direction != ReferralDirection.Incoming)
        {
            throw CoSellException.InvalidTransition("R19", $"Only an inbound referral can be {(action == "accept" ? "accepted" : "declined")}; this one is outbound.");
        }

        if (state.Substatus != Substatus.Received)
        {
            throw CoSellException.InvalidTransition("R19", $"Only a Received referral can be answered; this one is {state.Substatus}.");
        }
    }

    private static void NotifySender(ReferralState state, NotificationKind kind, string summary, DateTimeOffset now)
    {
        if (state.InviteContext is { } invite)
        {
            state.Notify(kind, invite.InvitedByOrganizationId, invite.InvitedBySellerId, invite.SourceReferralId, state.SenderNotifyEmails, summary, now);
        }
    }
}
