namespace CoSell.Grains.Domain;

/// <summary>
/// Duplicates and channel conflict (issue 16, point 3): a new deal for a customer that already has an open deal of the
/// same organization with an overlapping solution is created (201) with a warning naming the other deal — the owner
/// decides, since two deals for one customer can be right (another department, another project). Only deals of the
/// creating tenant are named (R2).
/// </summary>
public static class DuplicateDeals
{
    public static IReadOnlyList<ReferralWarning> Warnings(ReferralState created, IEnumerable<OpenCustomerDeal> open)
    {
        var solutions = created.Solutions.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return [.. open
            .Where(d => d.ReferralId != created.Id && d.TenantId == created.TenantId && d.SolutionIds.Any(solutions.Contains))
            .OrderBy(d => d.ReferralId, StringComparer.Ordinal)
            .Select(d => new ReferralWarning(ReferralWarning.PossibleDuplicate,
                $"'{d.Name}' ({d.ReferralId}) is an open deal of yours for the same customer with {string.Join(", ", d.SolutionIds.Where(solutions.Contains))}: check it is not the same opportunity.",
                d.ReferralId))];
    }
}
