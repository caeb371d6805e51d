using CoSell.Grains.Directory;
using CoSell.Grains.Domain;

namespace CoSell.Grains.Referrals;

/// <summary>
/// What an edit (R23, R24) reads from elsewhere before its rule runs: the catalog entries of the solutions it names
/// (R13) and, for a stage in the partner's CRM vocabulary, the standard stage it maps to (R38).
/// </summary>
public static class EditInputs
{
    public static async Task<(UpdateReferralRequest Request, IReadOnlyDictionary<string, Solution> Catalog)> LoadAsync(
        IGrainFactory grains, ReferralState state, UpdateReferralRequest request)
    {
        IReadOnlyDictionary<string, Solution> catalog = new Dictionary<string, Solution>();
        if (request.Solutions is { Count: > 0 } ids)
        {
            var found = await grains.GetGrain<ISolutionLookup>(DirectoryKeys.Default).Get([.. ids.Where(i => i is not null)]);
            catalog = found.ToDictionary(s => s.Id);
        }

        if (request.CrmStage is { } crmStage)
        {
            request = request with { SalesStage = await CrmStages.MapAsync(grains, state, request, crmStage), CrmStage = null };
        }

        return (request, catalog);
    }
}
