namespace CoSell.Grains.Domain;

/// <summary>
/// Deal registration (R30, R31). Eligibility is computed from the referral and its engagement; the workflow is
/// submit → (request info → resubmit)* → approve or reject, after which the registration is closed.
/// Registering is the one thing a won (terminal) referral still allows: it adds the registration milestone and
/// changes nothing of the deal itself (R26).
/// </summary>
public static class DealRegistrationRules
{
    public static RegistrationEligibility Eligibility(ReferralState state, EngagementView engagement)
    {
        var failed = new List<string>();
        if (state.Substatus != Substatus.Won)
        {
            failed.Add("won");
        }

        if (state.Direction != ReferralDirection.Incoming || state.InviteContext?.InvitedByOrganizationId != Organizations.Microsoft)
        {
            failed.Add("inboundCoSell");
        }

        if (engagement.Microsoft.Status is not (MicrosoftStatus.Engaged or MicrosoftStatus.Won))
        {
            failed.Add("microsoftAccepted");
        }

        if (!state.Solutions.Any(s => s.IncentiveEligible))
        {
            failed.Add("incentiveEligibleSolution");
        }

        return new RegistrationEligibility(failed.Count == 0, failed);
    }

    public static void Submit(ReferralState state, Actor actor, RegistrationRequest request, RegistrationEligibility eligibility, DateTimeOffset now)
    {
        if (state.IsMicrosoftSide)
        {
            throw CoSellException.InvalidTransition("R30", "Deal registration is for partners' referrals.");
        }

        if (!eligibility.Eligible)
        {
            throw CoSellException.Validation("R30", $"This referral is not eligible for registration; failed: {string.Join(", ", eligibility.FailedCriteria)} (R30).");
        }

        var current = state.Registration;
        if (current is not null && current.Status != RegistrationStatus.InfoRequested)
        {
            throw current.Closed
                ? CoSellException.InvalidTransition("R31", $"The registration is closed ({current.Status}).")
                : CoSellException.InvalidTransition("R31", "The registration is already submitted and awaits review.");
        }

        var contractType = request.ContractType ?? throw CoSellException.Validation("contractType", "contractType is required: New or Renewal (R31).");
        var value = request.ContractValue ?? throw CoSellException.Validation("contractValue", "contractValue is required (R31).");
        if (value <= 0)
        {
            throw CoSellException.Validation("contractValue", "contractValue must be greater than zero (R31).");
        }

        var currency = request.Currency ?? state.Details?.Currency ?? "";
        if (!IsoCodes.IsCurrency(currency))
        {
            throw CoSellException.Validation("currency", $"currency '{currency}' is not an ISO 4217 currency code.");
        }

        var signed = request.ContractSignedDate ?? throw CoSellException.Validation("contractSignedDate", "contractSignedDate is required (R31).");
        var start = request.StartDate ?? throw CoSellException.Validation("startDate", "startDate is required (R31).");
        var end = request.EndDate ?? throw CoSellException.Validation("endDate", "endDate is required (R31).");
        if (end < start)
        {
            throw CoSellException.Validation("endDate", "endDate is before startDate.");
        }

        if (signed > DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw CoSellException.Validation("contractSignedDate", "contractSignedDate is in the future.");
        }

        if (string.IsNullOrWhiteSpace(request.CustomerTenantId))
        {
            throw CoSellException.Validation("customerTenantId", "customerTenantId is required: the customer's tenant (R31).");
        }

        ContactValidation.EnsureValid(request.Contact, "contact");

        state.Registration = new DealRegistration
        {
            Status = RegistrationStatus.Submitted,
            ContractType = contractType,
            ContractValue = value,
            Currency = currency,
            ContractSignedDate = signed,
            StartDate = start,
            EndDate = end,
            CustomerTenantId = request.CustomerTenantId.Trim(),
            Contact = request.Contact!,
            ReviewComments = current?.ReviewComments,
            SubmittedDateTime = current?.SubmittedDateTime ?? now,
            UpdatedDateTime = now,
            Submissions = (current?.Submissions ?? 0) + 1,
        };
        state.Record(actor, current is null ? "registration-submitted" : "registration-resubmitted",
            $"Deal registration {(current is null ? "submitted" : "resubmitted")}: {contractType} contract of {value} {currency}.", now);
    }

    /// <summary>
    /// An Operator's decision (R31), told to the partner whose deal it is: its referral admins (<paramref name="notify"/>)
    /// get each outcome and each request for information.
    /// </summary>
    public static void Review(ReferralState state, Actor actor, RegistrationReview review, DateTimeOffset now, IReadOnlyList<string>? notify = null)
    {
        if (!actor.IsOperator)
        {
            throw CoSellException.AccessDenied("role", "Reviewing registrations needs the Operator role of organization msft (R3, R31).");
        }

        var current = state.Registration ?? throw CoSellException.InvalidTransition("R31", "There is no registration to review.");
        if (current.Status != RegistrationStatus.Submitted)
        {
            throw CoSellException.InvalidTransition("R31", $"Only a submitted registration can be reviewed; this one is {current.Status}.");
        }

        var decision = review.Decision ?? throw CoSellException.Validation("decision", "decision is required: Approve, Reject or RequestInfo (R31).");
        if (decision != ReviewDecision.Approve && string.IsNullOrWhiteSpace(review.Comments))
        {
            throw CoSellException.Validation("comments", decision == ReviewDecision.Reject ? "Rejecting needs a reason (R31)." : "Asking for more information needs comments saying what (R31).");
        }

        var status = decision switch
        {
            ReviewDecision.Approve => RegistrationStatus.Approved,
            ReviewDecision.Reject => RegistrationStatus.Rejected,
            _ => RegistrationStatus.InfoRequested,
        };
        state.Registration = current with { Status = status, ReviewComments = review.Comments, UpdatedDateTime = now };
        var description = $"Deal registration {status}{(review.Comments is null ? "" : $": {review.Comments}")}.";
        state.Record(actor, $"registration-{status.ToString().ToLowerInvariant()}", description, now);
        state.Notify(NotificationKind.RegistrationReviewed, state.OrganizationId, null, state.Id, notify ?? [], description, now);
    }
}
