namespace CoSell.Grains.Domain;

/// <summary>One cell of the running figures: how many referrals of a tenant stand at a substatus, stage and currency, and their value.</summary>
public sealed class InsightCell
{
    public required string TenantId { get; init; }
    public required Substatus Substatus { get; init; }
    public required SalesStage Stage { get; init; }
    public required string Currency { get; init; }
    public int Count { get; set; }
    public decimal Value { get; set; }

    public bool Holds(InsightPoint point) =>
        TenantId == point.TenantId && Substatus == point.Substatus && Stage == point.Stage && Currency == point.Currency;
}
