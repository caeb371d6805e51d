using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;

namespace CoSell.Grains.Directory;

/// <summary>Published solutions (R13). A leaf.</summary>
public sealed class SolutionCatalogGrain(
    [PersistentState("solutions", StorageNames.Default)] IPersistentState<Dictionary<string, Solution>> store) : Grain, ISolutionCatalogGrain, ISolutionLookup
{
    public async Task<Solution> Register(Actor actor, Solution solution)
    {
        if (!actor.IsOperator)
        {
            throw CoSellException.AccessDenied("role", "Registering solutions needs the Operator role of organization msft (R3).");
        }

        if (solution is null || string.IsNullOrWhiteSpace(solution.Id))
        {
            throw CoSellException.InvalidRequest("id", "A solution needs an id.");
        }

        DealDetailsValidation.EnsureName(solution.Name, "name");
        if (string.IsNullOrWhiteSpace(solution.PublisherId))
        {
            throw CoSellException.Validation("publisherId", "A solution needs its publisher (a partner id or msft).");
        }

        // The publisher must exist (R1, R13). The partner grain answers GetProfile interleaved and calls nothing back.
        if (solution.PublisherId != Organizations.Microsoft && await GrainFactory.GetGrain<IPartnerGrain>(solution.PublisherId).GetProfile() is null)
        {
            throw CoSellException.Validation("publisherId", $"Publisher '{solution.PublisherId}' is not a registered partner (R1).");
        }

        store.State[solution.Id] = solution;
        await store.WriteStateAsync();
        return solution;
    }

    public Task<IReadOnlyList<Solution>> Get(IReadOnlyList<string> solutionIds) =>
        Task.FromResult<IReadOnlyList<Solution>>([.. solutionIds.Distinct().Select(id => store.State.GetValueOrDefault(id)).OfType<Solution>()]);

    public Task<IReadOnlyList<Solution>> List(string? publisherId, SolutionKind? kind) =>
        Task.FromResult<IReadOnlyList<Solution>>([.. store.State.Values
            .Where(s => publisherId is null || s.PublisherId == publisherId)
            .Where(s => kind is null || s.Kind == kind)
            .OrderBy(s => s.Id, StringComparer.Ordinal)]);
}
