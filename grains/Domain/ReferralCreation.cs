namespace CoSell.Grains.Domain;

/// <summary>
/// Creating an outbound referral (R9–R17, R27 at creation): checks the whole request and turns it into a draft
/// with one planned invitation per invitee. Nothing is created when any check fails.
/// </summary>
public static class ReferralCreation
{
    public static OutboundReferralDraft Plan(CreateReferralRequest request, CreationContext context)
    {
        var name = DealDetailsValidation.EnsureName(request.Name, "name");

        // R9: one exact customer record from the directory.
        var customerId = request.Customer?.CustomerId;
        if (string.IsNullOrWhiteSpace(customerId))
        {
            throw CoSellException.Validation("customerProfile.customerId", "customerProfile.customerId is required: pick a customer from customer search (R9).");
        }

        var customer = context.Customer is { } c && c.Id == customerId
            ? c
            : throw CoSellException.Validation("customerProfile.customerId", $"Customer '{customerId}' is not in the customer directory (R9).");

        var details = DealDetailsValidation.EnsureComplete(request.Details, "details", context.Today);
        ContactValidation.EnsureTeam(request.Team, "team");
        var solutions = ResolveSolutions(request.Solutions, "solutions", context);
        var consent = request.Consent ?? new Consent(false);
        var invitations = request.Invitations ?? [];
        var isAssessment = solutions.Any(s => s.Kind == SolutionKind.SolutionAssessment);

        string? location = null;
        if (isAssessment)
        {
            location = EnsureAssessment(request, context, solutions, invitations);
        }
        else if (request.Location is not null)
        {
            location = EnsureCountry(request.Location, "location");
        }

        var contactRequired = invitations.Any(i => i?.Invitee == Organizations.Microsoft);
        if (contactRequired)
        {
            CoSellReadiness.EnsureReady(solutions, "solutions");
        }

        var contact = request.Customer!.Contact;
        if (contactRequired)
        {
            // R10: inviting Microsoft needs the customer contact and the customer's consent to share it.
            ContactValidation.EnsureValid(contact, "customerProfile.contact");
            if (!consent.ConsentToShareInfoWithMicrosoft)
            {
                throw CoSellException.Validation("consent.consentToShareInfoWithMicrosoft", "Inviting Microsoft needs the customer's consent to share contact details with Microsoft (R10).");
            }
        }
        else if (contact is not null)
        {
            ContactValidation.EnsureValid(contact, "customerProfile.contact");
        }

        var planned = new List<PlannedInvitation>();
        for (var i = 0; i < invitations.Count; i++)
        {
            var invitation = invitations[i] ?? throw CoSellException.Validation($"invitations[{i}]", $"invitations[{i}] is empty.");
            if (planned.Any(p => p.InviteeOrganizationId == invitation.Invitee))
            {
                throw CoSellException.Validation($"invitations[{i}].invitee", $"'{invitation.Invitee}' is invited twice; each party can be invited once per engagement (R27).");
            }

            planned.Add(PlanInvitation(invitation, $"invitations[{i}]", context.ReferralId, details, request.Team!, context));
        }

        var dealType = context.OrganizationId == Organizations.Microsoft ? DealType.CoSell
            : isAssessment ? DealType.SolutionAssessment
            : planned.Any(p => p.InviteeOrganizationId == Organizations.Microsoft) ? DealType.CoSell
            : planned.Count > 0 ? DealType.PartnerToPartner
            : DealType.Private;

        return new OutboundReferralDraft
        {
            Id = context.ReferralId,
            OrganizationId = context.OrganizationId,
            OrganizationName = context.OrganizationName,
            TenantId = context.TenantId,
            SellerId = context.SellerId,
            Name = name,
            CustomerProfile = new CustomerProfile(customer.Id, customer.Name, customer.Duns, customer.Address, contact),
            Consent = consent,
            Details = details,
            Team = [.. request.Team!],
            Solutions = solutions,
            Location = location ?? customer.Address.Country,
            DealType = dealType,
            Invitations = planned,
            CopyOf = request.CopyOf,
            CreatedByUserId = context.CreatedByUserId,
        };
    }

    /// <summary>
    /// One invitation (R16): the invitee must be a registered partner or Microsoft, and not the inviter; a partner
    /// invitation carries its own close date (prefilled from the deal), value, currency, solutions and help type;
    /// Microsoft's carries a help type other than None (R15); asked again after a decline or lapse
    /// (<paramref name="askingMicrosoftAgain"/>, R22) it is a new request with an id of its own.
    /// </summary>
    public static PlannedInvitation PlanInvitation(
        InvitationRequest invitation, string target, string sourceReferralId, DealDetails dealDetails, IReadOnlyList<Contact> dealTeam, CreationContext context,
        bool askingMicrosoftAgain = false)
    {
        var invitee = invitation.Invitee;
        if (string.IsNullOrWhiteSpace(invitee))
        {
            throw CoSellException.Validation($"{target}.invitee", $"{target}.invitee is required: a partner id or 'msft'.");
        }

        if (invitee == context.OrganizationId)
        {
            throw CoSellException.Validation($"{target}.invitee", "An organization cannot invite itself (R27).");
        }

        if (invitation.Team is { Count: > 0 })
        {
            for (var i = 0; i < invitation.Team.Count; i++)
            {
                ContactValidation.EnsureValid(invitation.Team[i], $"{target}.team[{i}]");
            }
        }

        var invitingTeam = invitation.Team is { Count: > 0 } ? invitation.Team : dealTeam;
        var teamEmails = invitation.Team?.Select(t => t.Email).ToList() ?? [];

        if (invitee == Organizations.Microsoft)
        {
            if (invitation.HelpType == HelpType.None)
            {
                throw CoSellException.Validation($"{target}.helpType", "Inviting Microsoft needs the help wanted: any help type but None (R15).");
            }

            return new PlannedInvitation
            {
                ReferralId = askingMicrosoftAgain ? ReferralIds.ForMicrosoftAgain(sourceReferralId) : ReferralIds.ForInvitation(sourceReferralId, invitee),
                InviteeOrganizationId = invitee,
                InviteeOrganizationName = "Microsoft",
                TenantId = Organizations.Microsoft,
                HelpType = invitation.HelpType,
                Notes = invitation.Notes,
                Details = dealDetails with { Notes = invitation.Notes },
                Solutions = [],
                InvitingTeam = [.. invitingTeam],
                NotifyEmails = teamEmails,
            };
        }

        if (!context.Partners.TryGetValue(invitee, out var partner))
        {
            throw CoSellException.Validation($"{target}.invitee", $"Partner '{invitee}' is not registered in the co-sell ecosystem (R1).");
        }

        var tenantId = invitation.TenantId ?? partner.PrimaryTenantId;
        if (partner.Tenants.All(t => t.Id != tenantId))
        {
            throw CoSellException.Validation($"{target}.tenantId", $"Partner '{invitee}' has no tenant '{tenantId}' (R2).");
        }

        var value = invitation.DealValue ?? throw CoSellException.Validation($"{target}.dealValue", $"{target}.dealValue is required for a partner invitation (R16).");
        var currency = invitation.Currency ?? throw CoSellException.Validation($"{target}.currency", $"{target}.currency is required for a partner invitation (R16).");
        var details = new DealDetails(value, currency, invitation.ClosingDate ?? dealDetails.ClosingDate, invitation.Notes);
        DealDetailsValidation.EnsureValid(details, target, context.Today);

        if (invitation.HelpType == HelpType.None)
        {
            throw CoSellException.Validation($"{target}.helpType", $"{target}.helpType is required: the help wanted from the invited partner (R16).");
        }

        var solutions = ResolveSolutions(invitation.Solutions, $"{target}.solutions", context);
        if (solutions.Any(s => s.Kind == SolutionKind.SolutionAssessment))
        {
            throw CoSellException.Validation($"{target}.solutions", "A solution assessment type cannot be asked of an invited partner (R17).");
        }

        return new PlannedInvitation
        {
            ReferralId = ReferralIds.ForInvitation(sourceReferralId, invitee),
            InviteeOrganizationId = invitee,
            InviteeOrganizationName = partner.Name,
            TenantId = tenantId,
            HelpType = invitation.HelpType,
            Notes = invitation.Notes,
            Details = details,
            Solutions = solutions,
            InvitingTeam = [.. invitingTeam],
            NotifyEmails = [.. partner.ReferralAdminEmails, .. teamEmails],
        };
    }

    /// <summary>The inbound referral an invitation becomes for the invitee (R18).</summary>
    public static InboundReferralDraft ToInbound(
        string engagementId, string sourceReferralId, string sourceOrganizationId, string sourceOrganizationName,
        string name, CustomerProfile customer, Consent consent, string? location, PlannedInvitation invitation, string? sourceSellerId = null)
    {
        var toMicrosoft = invitation.InviteeOrganizationId == Organizations.Microsoft;
        return new InboundReferralDraft
        {
            Id = invitation.ReferralId,
            EngagementId = engagementId,
            OrganizationId = invitation.InviteeOrganizationId,
            OrganizationName = invitation.InviteeOrganizationName,
            TenantId = invitation.TenantId,
            SellerId = invitation.SellerId,
            Name = name,
            DealType = toMicrosoft || sourceOrganizationId == Organizations.Microsoft ? DealType.CoSell : DealType.PartnerToPartner,
            // R10: a customer contact reaches Microsoft only with the customer's consent.
            CustomerProfile = toMicrosoft && !consent.ConsentToShareInfoWithMicrosoft ? customer with { Contact = null } : customer,
            Consent = consent,
            Details = invitation.Details,
            Solutions = invitation.Solutions,
            Location = location,
            InviteContext = new InviteContext(sourceOrganizationId, sourceOrganizationName, sourceReferralId, invitation.HelpType, invitation.Notes, invitation.InvitingTeam, sourceSellerId),
            NotifyEmails = invitation.NotifyEmails,
        };
    }

    /// <summary>R13: at least one solution, every id known to the catalog.</summary>
    public static List<Solution> ResolveSolutions(IReadOnlyList<string>? ids, string target, CreationContext context) =>
        ResolveSolutions(ids, target, context.Solutions);

    /// <summary>R13: at least one solution, every id known to the catalog; repeated ids count once.</summary>
    public static List<Solution> ResolveSolutions(IReadOnlyList<string>? ids, string target, IReadOnlyDictionary<string, Solution> catalog)
    {
        if (ids is null || ids.Count == 0)
        {
            throw CoSellException.Validation(target, $"{target} needs at least one solution (R13).");
        }

        var resolved = new List<Solution>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] is not { } id || !catalog.TryGetValue(id, out var solution))
            {
                throw CoSellException.Validation($"{target}[{i}]", $"Solution '{ids[i]}' is not in the solution catalog (R13).");
            }

            if (resolved.All(s => s.Id != id))
            {
                resolved.Add(solution);
            }
        }

        return resolved;
    }

    public static string EnsureCountry(string? country, string target) =>
        IsoCodes.IsCountry(country) ? country! : throw CoSellException.Validation(target, $"{target} '{country}' is not an ISO 3166-1 alpha-2 country code.");

    /// <summary>R8, R17: vetted creator, exactly one assessment type and nothing else, a location, no invitations.</summary>
    private static string EnsureAssessment(CreateReferralRequest request, CreationContext context, List<Solution> solutions, IReadOnlyList<InvitationRequest> invitations)
    {
        if (!context.SolutionAssessmentVetted)
        {
            throw CoSellException.Validation("R8", "Only partners vetted for solution assessments may create them (R8).");
        }

        if (solutions.Count != 1)
        {
            throw CoSellException.Validation("solutions", "A solution assessment carries exactly one assessment type and no other solution (R17).");
        }

        if (invitations.Count > 0)
        {
            throw CoSellException.Validation("invitations", "A solution assessment cannot be combined with co-sell or partner invitations at creation (R17).");
        }

        if (request.Location is null)
        {
            throw CoSellException.Validation("location", "A solution assessment needs a location (country) (R17).");
        }

        return EnsureCountry(request.Location, "location");
    }
}
