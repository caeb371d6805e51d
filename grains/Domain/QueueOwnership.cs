namespace CoSell.Grains.Domain;

/// <summary>What the fallback queue's owners must be (R4): registered sellers and valid e-mail addresses, at most 50 of each.</summary>
public static class QueueOwnership
{
    public const int MaxOwners = 50;

    /// <summary>The owners as stored (ids and addresses trimmed, addresses lower case, no repeats); throws naming the first bad entry (R41).</summary>
    public static QueueOwners Normalize(QueueOwners? owners, IReadOnlySet<string> registeredSellers)
    {
        if (owners is null)
        {
            throw CoSellException.InvalidRequest("body", "The queue's owners are required: sellerIds and emails (either may be empty).");
        }

        var sellerIds = owners.SellerIds ?? [];
        var emails = owners.Emails ?? [];
        if (sellerIds.Count > MaxOwners || emails.Count > MaxOwners)
        {
            throw CoSellException.Validation(sellerIds.Count > MaxOwners ? "sellerIds" : "emails", $"A queue has at most {MaxOwners} owner sellers and {MaxOwners} owner addresses.");
        }

        for (var i = 0; i < sellerIds.Count; i++)
        {
            if (sellerIds[i] is not { } id || !registeredSellers.Contains(id.Trim()))
            {
                throw CoSellException.Validation($"sellerIds[{i}]", $"'{sellerIds[i]}' is not a registered seller (R4).");
            }
        }

        for (var i = 0; i < emails.Count; i++)
        {
            if (!ContactValidation.IsEmail(emails[i]))
            {
                throw CoSellException.Validation($"emails[{i}]", $"'{emails[i]}' is not a valid e-mail address.");
            }
        }

        return new QueueOwners(
            [.. sellerIds.Select(s => s.Trim()).Distinct(StringComparer.Ordinal)],
            [.. emails.Select(e => e.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal)]);
    }
}
