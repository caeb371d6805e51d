namespace CoSell.Grains.Domain;

/// <summary>
/// What an import row changes on the referral its CRM id already created: the fields the row gives that differ, as one
/// edit (R23) and a stage move (R24). A row never removes: an empty cell leaves the field as it is, and a team member
/// not on the referral's team is added to it. The customer is fixed once chosen (R9): another one is refused.
/// </summary>
public static class ImportChanges
{
    public static (UpdateReferralRequest Update, IReadOnlyList<string> Columns) Of(Referral current, ImportRow row)
    {
        var request = row.Request;
        if (request.Customer?.CustomerId is { } customerId && customerId != current.CustomerProfile.CustomerId)
        {
            throw CoSellException.Validation("customerProfile.customerId",
                $"This CRM id's referral is for customer '{current.CustomerProfile.CustomerId}'; a referral's customer cannot change (R9). Import the other customer's deal under its own CRM id.");
        }

        var columns = new List<string>();
        T? Changed<T>(T? given, T? now, string column) where T : class
        {
            if (given is null || Equals(given, now))
            {
                return null;
            }

            columns.Add(column);
            return given;
        }

        TValue? ChangedValue<TValue>(TValue? given, TValue now, string column) where TValue : struct
        {
            if (given is not { } value || value.Equals(now))
            {
                return null;
            }

            columns.Add(column);
            return value;
        }

        var details = request.Details;
        var now = current.Details;
        var edited = new DealDetailsInput(
            ChangedValue(details?.DealValue, now.DealValue, ImportColumns.DealValue),
            Changed(details?.Currency, now.Currency, ImportColumns.Currency),
            ChangedValue(details?.ClosingDate, now.ClosingDate, ImportColumns.ClosingDate),
            Changed(details?.Notes, now.Notes, ImportColumns.Notes),
            null,
            Changed(details?.CampaignId, now.CampaignId, ImportColumns.CampaignId));
        var member = request.Team is [var one] && !current.Team.Any(m => string.Equals(m.Email, one.Email, StringComparison.OrdinalIgnoreCase)) ? one : null;
        if (member is not null)
        {
            columns.Add(ImportColumns.TeamEmail);
        }

        var solutions = request.Solutions is { Count: > 0 } ids && !ids.ToHashSet(StringComparer.Ordinal).SetEquals(current.Solutions.Select(s => s.Id)) ? ids : null;
        if (solutions is not null)
        {
            columns.Add(ImportColumns.Solutions);
        }

        var update = new UpdateReferralRequest
        {
            Name = Changed(request.Name, current.Name, ImportColumns.Name),
            Details = edited == new DealDetailsInput() ? null : edited,
            CustomerContact = Changed(request.Customer?.Contact, current.CustomerProfile.Contact, ImportColumns.ContactEmail),
            Consent = Changed(request.Consent, current.Consent, ImportColumns.Consent),
            Team = member is null ? null : [.. current.Team, member],
            Solutions = solutions,
            SalesStage = ChangedValue(row.SalesStage, current.SalesStage, ImportColumns.SalesStage),
            CrmStage = row.SalesStage is null ? row.CrmStage : null,
        };
        return (update, columns);
    }
}
