namespace CoSell.Grains.Domain;

/// <summary>Deal details (R11): value above zero in an ISO 4217 currency, a close date not in the past.</summary>
public static class DealDetailsValidation
{
    public const int MaxNameLength = 200;

    public static string EnsureName(string? name, string target)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw CoSellException.Validation(target, $"{target} is required (R11).");
        }

        if (name.Length > MaxNameLength)
        {
            throw CoSellException.Validation(target, $"{target} is longer than {MaxNameLength} characters.");
        }

        return name.Trim();
    }

    /// <summary>A complete set of details for a create (every required field present).</summary>
    public static DealDetails EnsureComplete(DealDetailsInput? input, string target, DateOnly today)
    {
        if (input is null)
        {
            throw CoSellException.Validation(target, $"{target} is required (R11).");
        }

        var value = input.DealValue ?? throw CoSellException.Validation($"{target}.dealValue", $"{target}.dealValue is required (R11).");
        var currency = input.Currency ?? throw CoSellException.Validation($"{target}.currency", $"{target}.currency is required (R11).");
        var closing = input.ClosingDate ?? throw CoSellException.Validation($"{target}.closingDateTime", $"{target}.closingDateTime is required (R11).");
        var details = new DealDetails(value, currency, closing, input.Notes, input.CrmId, input.CampaignId);
        EnsureValid(details, target, today);
        return details;
    }

    /// <summary>Apply the fields given to existing details and check the result (R19, R23).</summary>
    public static DealDetails Merge(DealDetails current, DealDetailsInput? patch, string target, DateOnly today)
    {
        if (patch is null)
        {
            return current;
        }

        var merged = current with
        {
            DealValue = patch.DealValue ?? current.DealValue,
            Currency = patch.Currency ?? current.Currency,
            ClosingDate = patch.ClosingDate ?? current.ClosingDate,
            Notes = patch.Notes ?? current.Notes,
            CrmId = patch.CrmId ?? current.CrmId,
            CampaignId = patch.CampaignId ?? current.CampaignId,
        };
        EnsureValid(merged, target, today, checkClosingDate: patch.ClosingDate is not null);
        return merged;
    }

    public static void EnsureValid(DealDetails details, string target, DateOnly today, bool checkClosingDate = true)
    {
        if (details.DealValue <= 0)
        {
            throw CoSellException.Validation($"{target}.dealValue", $"{target}.dealValue must be greater than zero (R11).");
        }

        if (!IsoCodes.IsCurrency(details.Currency))
        {
            throw CoSellException.Validation($"{target}.currency", $"{target}.currency '{details.Currency}' is not an ISO 4217 currency code (R11).");
        }

        if (checkClosingDate && details.ClosingDate < today)
        {
            throw CoSellException.Validation($"{target}.closingDateTime", $"{target}.closingDateTime {details.ClosingDate:yyyy-MM-dd} is in the past (R11).");
        }
    }
}
