namespace CoSell;

/// <summary>
/// A solution in the catalog (R13); <see cref="IncentiveEligible"/> feeds deal registration (R30); only a
/// <see cref="CoSellReady"/> one goes with a request for Microsoft's help (issue 16; ready unless an Operator says not).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Solution(string Id, string Name, string PublisherId, SolutionKind Kind, bool IncentiveEligible, bool CoSellReady = true);
