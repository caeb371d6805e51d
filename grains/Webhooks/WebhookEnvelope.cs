using System.Text;
using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;

namespace CoSell.Grains.Webhooks;

/// <summary>
/// The body a webhook receives (R36): a CloudEvent 1.0 in structured JSON mode. <c>id</c> is the delivery id (stable
/// across retries), <c>type</c> the event's wire name, <c>source</c> <c>urn:cosell:organization:{owner}</c>,
/// <c>subject</c> the referral id, <c>time</c> when it changed, and <c>data</c> the referral as the REST API shows it
/// to the receiving organization (the whole referral for its owner, a status view for the other parties); the extension
/// <c>cursor</c> is the event's place in the organization's change feed (<c>GET /v1/events?after=</c>).
/// </summary>
public static class WebhookEnvelope
{
    private static readonly JsonEventFormatter Formatter = new();

    /// <summary>The extension attribute carrying the event's change-feed cursor: a receiver that missed a delivery reads the feed from there.</summary>
    private static readonly CloudEventAttribute CursorAttribute = CloudEventAttribute.CreateExtension("cursor", CloudEventAttributeType.String);

    public static string Of(string deliveryId, ReferralChange change)
    {
        var cloudEvent = new CloudEvent
        {
            Id = deliveryId,
            Type = change.Event.ToWireName(),
            Source = new Uri($"urn:cosell:organization:{change.OrganizationId}"),
            Subject = change.ReferralId,
            Time = change.UpdatedDateTime,
            DataContentType = "application/json",
            Data = JsonDocument.Parse(change.ReferralJson).RootElement.Clone(),
        };
        if (change.Cursor is not null)
        {
            cloudEvent[CursorAttribute] = change.Cursor;
        }

        return Encoding.UTF8.GetString(Formatter.EncodeStructuredModeMessage(cloudEvent, out _).Span);
    }
}
