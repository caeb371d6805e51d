namespace CoSell;

/// <summary>
/// An organization's webhooks (R36), keyed by organization id: registrations, and a durable delivery queue per
/// webhook, delivered in order of referral updates, signed, retried with backoff. A leaf: it calls only HTTP.
/// </summary>
public interface IWebhookGrain : IGrainWithStringKey
{
    Task<Webhook> Register(Actor actor, WebhookRequest request);

    [ReadOnly]
    Task<IReadOnlyList<Webhook>> List(Actor actor);

    Task Delete(Actor actor, string webhookId);

    [ReadOnly]
    Task<IReadOnlyList<WebhookDelivery>> GetDeliveries(Actor actor, string webhookId);
}
