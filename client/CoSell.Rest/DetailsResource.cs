namespace CoSell.Rest;

/// <summary>Deal details as returned.</summary>
public sealed record DetailsResource(decimal DealValue, string Currency, DateOnly ClosingDateTime, string? Notes, string? CrmId, string? CampaignId);
