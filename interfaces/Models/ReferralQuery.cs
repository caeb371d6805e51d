namespace CoSell;

/// <summary>
/// A view query (R32, R33). <see cref="Direction"/> null means both; <see cref="Favorites"/> restricts to the
/// caller's hearts. <see cref="Top"/> is capped at <see cref="MaxTop"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReferralQuery
{
    public const int DefaultTop = 25;
    public const int MaxTop = 100;

    [Id(0)] public ReferralDirection? Direction { get; init; }
    [Id(1)] public bool Favorites { get; init; }
    [Id(2)] public ReferralStatus? Status { get; init; }
    [Id(3)] public Substatus? Substatus { get; init; }
    [Id(4)] public DealType? DealType { get; init; }
    [Id(5)] public SalesStage? SalesStage { get; init; }
    [Id(6)] public string? CustomerName { get; init; }
    [Id(7)] public DateTimeOffset? UpdatedSince { get; init; }
    [Id(8)] public int Top { get; init; } = DefaultTop;
    [Id(9)] public string? ContinuationToken { get; init; }
}
