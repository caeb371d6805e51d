namespace CoSell;

/// <summary>Register a webhook (R36): an absolute http(s) URL, the event wire names, and a shared secret (16+ characters) for signatures.</summary>
[GenerateSerializer, Immutable]
public sealed record WebhookRequest(string? Url, IReadOnlyList<string>? Events, string? Secret);
