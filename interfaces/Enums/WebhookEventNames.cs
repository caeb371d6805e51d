namespace CoSell;

/// <summary>The wire names of <see cref="WebhookEvent"/> (R36).</summary>
public static class WebhookEventNames
{
    public static string ToWireName(this WebhookEvent value) => value switch
    {
        WebhookEvent.ReferralCreated => "referral-created",
        WebhookEvent.ReferralUpdated => "referral-updated",
        WebhookEvent.RelatedReferralCreated => "related-referral-created",
        WebhookEvent.ReferralExpiring => "referral-expiring",
        _ => "related-referral-updated",
    };

    public static bool TryParse(string? name, out WebhookEvent value)
    {
        foreach (var candidate in Enum.GetValues<WebhookEvent>())
        {
            if (string.Equals(candidate.ToWireName(), name, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
