namespace CoSell.Grains.Webhooks;

/// <summary>What a webhook registration must hold (R36, R41): checked before anything is stored.</summary>
public static class WebhookRequestRules
{
    public const string EventNames = "referral-created, referral-updated, related-referral-created, related-referral-updated, referral-expiring";

    /// <summary>The target, the events without repeats, and the signing secret (generated when none is given).</summary>
    public static (Uri Url, List<WebhookEvent> Events, string Secret) Validate(WebhookRequest? request)
    {
        if (request is null)
        {
            throw CoSellException.InvalidRequest("body", "A webhook body is required.");
        }

        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw CoSellException.Validation("url", "url must be an absolute http or https URL (R36).");
        }

        if (request.Events is not { Count: > 0 })
        {
            throw CoSellException.Validation("events", $"events needs at least one of {EventNames} (R36).");
        }

        var events = new List<WebhookEvent>();
        for (var i = 0; i < request.Events.Count; i++)
        {
            if (!WebhookEventNames.TryParse(request.Events[i], out var parsed))
            {
                throw CoSellException.Validation($"events[{i}]", $"'{request.Events[i]}' is not an event: {EventNames} (R36).");
            }

            if (!events.Contains(parsed))
            {
                events.Add(parsed);
            }
        }

        var secret = request.Secret ?? WebhookSecrets.Generate();
        if (secret is not { Length: >= 16 and <= 256 })
        {
            throw CoSellException.Validation("secret", "secret must be 16 to 256 characters; it keys the HMAC-SHA256 signature (R36).");
        }

        return (url, events, secret);
    }
}
