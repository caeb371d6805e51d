namespace CoSell;

/// <summary>Open (accepted) deals at one sales stage in one currency: how many, and their value (R24). Currencies are never added together.</summary>
[GenerateSerializer, Immutable]
public sealed record PipelineFigure(SalesStage Stage, string Currency, int Count, decimal Value);
