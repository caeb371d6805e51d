namespace CoSell.Rest;

/// <summary>Deal details as sent (R11); on accept and PATCH only the fields present change.</summary>
public sealed class DetailsBody
{
    public decimal? DealValue { get; set; }

    public string? Currency { get; set; }

    public DateOnly? ClosingDateTime { get; set; }

    public string? Notes { get; set; }

    public string? CrmId { get; set; }

    public string? CampaignId { get; set; }
}
