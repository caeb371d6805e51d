namespace CoSell.Rest;

/// <summary>The body of <c>PUT /v1/solutions/{solutionId}</c>.</summary>
public sealed class SolutionBody
{
    public string? Name { get; set; }

    public string? PublisherId { get; set; }

    public SolutionKind? Kind { get; set; }

    public bool? IncentiveEligible { get; set; }

    /// <summary>Whether the solution may go with a request for Microsoft's help (R13); true when not given.</summary>
    public bool? CoSellReady { get; set; }
}
