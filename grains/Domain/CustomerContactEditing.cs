namespace CoSell.Grains.Domain;

/// <summary>
/// The customer contact and consent after creation (R10): the creator may set or remove them, but while Microsoft
/// is invited the contact and the consent stay (as at creation). Only an outbound referral's owner changes them.
/// </summary>
public static class CustomerContactEditing
{
    public static (CustomerProfile? Customer, Consent Consent) Apply(ReferralState state, Contact? contact, Consent? consent, bool removeContact)
    {
        if (contact is null && consent is null && !removeContact)
        {
            return (state.CustomerProfile, state.Consent);
        }

        var target = contact is not null || removeContact ? "customerProfile.contact" : "consent";
        if (state.Direction != ReferralDirection.Outgoing)
        {
            throw CoSellException.Validation(target, "Only the referral's creator changes the customer contact and consent (R10).");
        }

        if (contact is not null && removeContact)
        {
            throw CoSellException.InvalidRequest("customerProfile.contact", "Send a customer contact or null, not both.");
        }

        if (contact is not null)
        {
            ContactValidation.EnsureValid(contact, "customerProfile.contact");
        }

        var microsoftInvited = state.Invitations.Any(i => i.InviteeOrganizationId == Organizations.Microsoft);
        if (microsoftInvited && removeContact)
        {
            throw CoSellException.Validation("customerProfile.contact", "Microsoft is invited: the customer contact is required (R10).");
        }

        if (microsoftInvited && consent is { ConsentToShareInfoWithMicrosoft: false })
        {
            throw CoSellException.Validation("consent.consentToShareInfoWithMicrosoft", "Microsoft is invited: the customer's consent is required (R10).");
        }

        var customer = state.CustomerProfile! with { Contact = removeContact ? null : contact ?? state.CustomerProfile!.Contact };
        return (customer, consent ?? state.Consent);
    }
}
