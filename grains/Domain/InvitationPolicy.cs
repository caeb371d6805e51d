namespace CoSell.Grains.Domain;

/// <summary>Invitations after creation (R27): who may be invited given what the referral is now, and what it becomes.</summary>
public static class InvitationPolicy
{
    /// <summary>Check an invitation against the table of R27 without changing anything; returns the deal type afterwards.</summary>
    public static DealType Check(ReferralState state, string invitee)
    {
        if (state.Direction == ReferralDirection.Incoming)
        {
            throw CoSellException.InvalidTransition("R27", "The receiver of an inbound referral may not invite anyone (R27).");
        }

        if (state.Invitations.Any(i => i.InviteeOrganizationId == invitee))
        {
            throw CoSellException.Conflict("invitee", $"'{invitee}' is already invited into this engagement (R27).");
        }

        var toMicrosoft = invitee == Organizations.Microsoft;
        if (toMicrosoft && state.DealType is DealType.Private or DealType.PartnerToPartner)
        {
            // R10, as at creation: Microsoft is invited only with the customer contact and the customer's consent.
            ContactValidation.EnsureValid(state.CustomerProfile?.Contact, "customerProfile.contact");
            if (!state.Consent.ConsentToShareInfoWithMicrosoft)
            {
                throw CoSellException.Validation("consent.consentToShareInfoWithMicrosoft",
                    "Inviting Microsoft needs the customer's consent to share contact details with Microsoft (R10).");
            }
        }

        return state.DealType switch
        {
            DealType.Private => toMicrosoft ? DealType.CoSell : DealType.PartnerToPartner,
            DealType.CoSell => toMicrosoft
                ? throw CoSellException.Conflict("invitee", "Microsoft is already part of this co-sell deal (R27).")
                : DealType.CoSell,
            DealType.PartnerToPartner => toMicrosoft ? DealType.CoSell : DealType.PartnerToPartner,
            _ => throw CoSellException.InvalidTransition("R27", "A solution assessment takes no invitations (R17, R27)."),
        };
    }

    /// <summary>Record the invitation on the referral (after <see cref="Check"/> and the ETag check passed).</summary>
    public static void Apply(ReferralState state, Actor actor, PlannedInvitation invitation, DealType dealType, DateTimeOffset now)
    {
        var before = state.DealType;
        state.Invitations.Add(invitation);
        state.DealType = dealType;
        var change = before == dealType ? "" : $"; now {dealType}";
        state.Record(actor, "invited", $"Invited {invitation.InviteeOrganizationId}{change}.", now);
    }
}
