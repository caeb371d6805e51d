namespace CoSell;

/// <summary>Deal details (R11): value with ISO 4217 currency, estimated close date and optional references.</summary>
[GenerateSerializer, Immutable]
public sealed record DealDetails(
    decimal DealValue,
    string Currency,
    DateOnly ClosingDate,
    string? Notes = null,
    string? CrmId = null,
    string? CampaignId = null);
