namespace CoSell;

/// <summary>
/// A registered webhook (R36). <see cref="Secret"/> is present only in the answer to its registration; it is stored
/// encrypted and never returned again.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Webhook(string Id, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedDateTime, string? Secret = null);
