namespace CoSell.Grains.Directory;

/// <summary>
/// How grains read solutions by id (<see cref="ISolutionCatalogGrain"/> is what callers may do).
/// </summary>
public interface ISolutionLookup : IGrainWithStringKey
{
    [ReadOnly]
    Task<IReadOnlyList<Solution>> Get(IReadOnlyList<string> solutionIds);
}
