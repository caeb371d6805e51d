namespace CoSell;

/// <summary>
/// Deal details as a caller sends them: on create every required field must be present (R11); on accept and
/// update only the fields given are changed (R19, R23).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DealDetailsInput(
    decimal? DealValue = null,
    string? Currency = null,
    DateOnly? ClosingDate = null,
    string? Notes = null,
    string? CrmId = null,
    string? CampaignId = null);
