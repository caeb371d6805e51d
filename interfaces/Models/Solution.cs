namespace CoSell;

/// <summary>A solution in the catalog (R13); <see cref="IncentiveEligible"/> feeds deal registration (R30).</summary>
[GenerateSerializer, Immutable]
public sealed record Solution(string Id, string Name, string PublisherId, SolutionKind Kind, bool IncentiveEligible);
