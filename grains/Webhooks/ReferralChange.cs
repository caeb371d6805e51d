namespace CoSell.Grains.Webhooks;

/// <summary>
/// A referral change for webhooks (R36): the event for the owner (<see cref="Event"/> with the whole
/// referral as REST JSON), and for the other parties of the engagement a status view only; <see cref="Cursor"/> is its
/// place in the receiving organization's change feed.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReferralChange(
    string ReferralId,
    string OrganizationId,
    long Version,
    DateTimeOffset UpdatedDateTime,
    WebhookEvent Event,
    string ReferralJson,
    string? Cursor = null);
