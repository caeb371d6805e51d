using CoSell.Grains.Options;
using Microsoft.Extensions.Logging;

namespace CoSell.Grains.Webhooks;

/// <summary>One delivery attempt (R36): send the signed CloudEvent, then record the outcome on the delivery at once.</summary>
public sealed partial class WebhookDispatch(
    IWebhookSender sender,
    WebhookSecrets secrets,
    TimeProvider clock,
    WebhookOptions options,
    Observability.CoSellMetrics metrics,
    ILogger logger)
{
    /// <summary>Attempt <paramref name="delivery"/>; a delivery whose webhook is gone (<paramref name="hook"/> null) is given up.</summary>
    public async Task Deliver(string organization, QueuedDelivery delivery, WebhookRegistration? hook)
    {
        if (hook is null)
        {
            delivery.GaveUp = true;
            return;
        }

        int? status = null;
        string? error = null;
        try
        {
            status = await sender.SendAsync(hook.Url, delivery.Id, delivery.Event, delivery.Body, secrets.Unprotect(hook.Secret), CancellationToken.None);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            error = $"{ex.GetType().Name}: {ex.Message}";
        }

        // Recorded together once the attempt is over, so a reader never sees an attempt half counted.
        if (delivery.Record(status, error, clock.GetUtcNow(), options) is { } delay)
        {
            LogRetry(organization, delivery.Id, delivery.Attempts, delivery.LastError, delay);
        }
        else if (delivery.GaveUp)
        {
            metrics.WebhookDeliveriesFailed.Add(1);
            LogGaveUp(organization, delivery.Id, delivery.Attempts);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} of {Organization} failed (attempt {Attempts}: {Error}); retrying in {Delay}")]
    private partial void LogRetry(string organization, string deliveryId, int attempts, string? error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery {DeliveryId} of {Organization} given up after {Attempts} attempts")]
    private partial void LogGaveUp(string organization, string deliveryId, int attempts);
}
