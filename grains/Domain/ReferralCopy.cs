namespace CoSell.Grains.Domain;

/// <summary>
/// Mistakes in final states without breaking R26 (issue 16, point 6): a closed referral — won, lost, declined or
/// expired — is never reopened, but it can be copied as a new private deal of the same organization with the same
/// customer, details, team and solutions. The two are linked both ways in history; the closed one's fields and ETag
/// stay as they were (its history gains the link, nothing else).
/// </summary>
public static class ReferralCopy
{
    public const string CopiedAction = "copied";

    /// <summary>The create's idempotency key: copying the same referral again returns the first copy (R40).</summary>
    public static string KeyFor(string referralId) => $"copy-of:{referralId}";

    /// <summary>The create request for the copy of <paramref name="state"/>; throws naming the rule or field (R41).</summary>
    public static CreateReferralRequest Request(ReferralState state, Actor actor, CopyReferralRequest? request)
    {
        if (!actor.CanWorkReferrals)
        {
            throw CoSellException.AccessDenied("role", "Copying a referral needs the PartnerAdmin or ReferralAdmin role (R3).");
        }

        if (!state.IsTerminal)
        {
            throw CoSellException.InvalidTransition("R26", $"Only a closed referral (won, lost, declined or expired) is copied as new; this one is {state.Substatus}: work it instead.");
        }

        if (state.IsMicrosoftSide && state.Direction == ReferralDirection.Incoming)
        {
            throw CoSellException.InvalidTransition("R22", "A co-sell request is not copied on Microsoft's side: the partner asks again (R22).");
        }

        var team = request?.Team is { Count: > 0 } given ? given
            : state.Team.Count > 0 ? state.Team
            : throw CoSellException.Validation("team", "The closed referral had no team of yours: name one for the copy (R12).");
        var details = state.Details!;
        return new CreateReferralRequest
        {
            Name = request?.Name ?? state.Name,
            Customer = new CustomerInput(state.CustomerProfile!.CustomerId, state.CustomerProfile.Contact),
            Consent = state.Consent,
            Details = new DealDetailsInput(details.DealValue, details.Currency, request?.ClosingDate ?? details.ClosingDate, details.Notes, details.CrmId, details.CampaignId),
            Team = [.. team],
            Solutions = [.. state.Solutions.Select(s => s.Id)],
            Location = state.Location,
            CopyOf = state.Id,
        };
    }

    /// <summary>Link the closed referral to its copy in its history (once): not a change of the deal, so no new version.</summary>
    public static bool Link(ReferralState state, Actor actor, string copyId, DateTimeOffset now)
    {
        if (state.History.Any(h => h.Action == CopiedAction && h.Description.Contains(copyId, StringComparison.Ordinal)))
        {
            return false;
        }

        state.History.Add(new HistoryEntry(now, actor.OrganizationId, actor.UserId, CopiedAction, $"Copied as new referral {copyId}.", state.Version));
        return true;
    }
}
