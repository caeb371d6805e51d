namespace CoSell;

/// <summary>Published co-sell solutions (R13). Key: <see cref="DirectoryKeys.Default"/>.</summary>
public interface ISolutionCatalogGrain : IGrainWithStringKey
{
    Task<Solution> Register(Actor actor, Solution solution);

    [ReadOnly]
    Task<IReadOnlyList<Solution>> List(string? publisherId, SolutionKind? kind);
}
