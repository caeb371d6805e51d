namespace CoSell.Grains.Domain;

/// <summary>Invitations after creation (R27): who may be invited given what the referral is now, and what it becomes.</summary>
public static class InvitationPolicy
{
    /// <summary>
    /// Check an invitation against the table of R27 without changing anything; returns the deal type afterwards.
    /// <paramref name="microsoft"/>: Microsoft's status in the engagement now, and <paramref name="inboundId"/> the id the
    /// invitation was planned with, for asking Microsoft again (R22).
    /// </summary>
    public static DealType Check(ReferralState state, string invitee, MicrosoftStatus microsoft = MicrosoftStatus.None, string? inboundId = null)
    {
        if (state.Direction == ReferralDirection.Incoming)
        {
            throw CoSellException.InvalidTransition("R27", "The receiver of an inbound referral may not invite anyone (R27).");
        }

        if (invitee == Organizations.Microsoft)
        {
            CoSellReadiness.EnsureReady(state.Solutions, "solutions");
        }

        var asked = state.Invitations.Count(i => i.InviteeOrganizationId == Organizations.Microsoft);
        if (invitee == Organizations.Microsoft && asked > 0)
        {
            return CheckAskingAgain(state, inboundId, microsoft, asked);
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

    /// <summary>
    /// R22: after Microsoft declined or let the request lapse, a co-sell deal may ask again once, with a new help type
    /// and notes: a new request (its own id and window). While a request is open or engaged, or after the second, no.
    /// </summary>
    private static DealType CheckAskingAgain(ReferralState state, string? inboundId, MicrosoftStatus microsoft, int asked)
    {
        if (asked >= InvitationTable.MaxMicrosoftRequests)
        {
            throw CoSellException.Conflict("invitee", "Microsoft was asked again once already; a deal asks Microsoft at most twice (R22).");
        }

        if (!InvitationTable.MayAskMicrosoftAgain(state.DealType, microsoft, asked))
        {
            throw CoSellException.Conflict("invitee",
                $"Microsoft is already part of this co-sell deal ({microsoft}); it may be asked again once it declined or let the request lapse (R22, R27).");
        }

        return inboundId == ReferralIds.ForMicrosoftAgain(state.Id)
            ? DealType.CoSell
            : throw CoSellException.Conflict("invitee", "Microsoft's answer changed while this request was prepared; read the deal again (R22).");
    }

    /// <summary>Record the invitation on the referral (after <see cref="Check"/> and the ETag check passed).</summary>
    public static void Apply(ReferralState state, Actor actor, PlannedInvitation invitation, DealType dealType, DateTimeOffset now)
    {
        var before = state.DealType;
        state.Invitations.Add(invitation);
        state.DealType = dealType;
        var change = before == dealType ? "" : $"; now {dealType}";
        var again = invitation.ReferralId == ReferralIds.ForMicrosoftAgain(state.Id) ? " again" : "";
        state.Record(actor, "invited", $"Invited {invitation.InviteeOrganizationId}{again}{change}.", now);
    }
}
