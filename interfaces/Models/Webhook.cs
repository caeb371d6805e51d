namespace CoSell;

/// <summary>A registered webhook (R36). The secret is never returned.</summary>
[GenerateSerializer, Immutable]
public sealed record Webhook(string Id, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedDateTime);
