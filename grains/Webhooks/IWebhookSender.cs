namespace CoSell.Grains.Webhooks;

/// <summary>POSTs one signed delivery; returns the HTTP status, or throws when nothing answered.</summary>
public interface IWebhookSender
{
    Task<int> SendAsync(string url, string deliveryId, WebhookEvent webhookEvent, string body, string secret, CancellationToken cancellation);
}
