namespace CoSell.Grains.Domain;

/// <summary>
/// An organization's CRM vocabulary for sales stages (R38): CRM stage names (case-insensitive) mapped to the
/// standard stages of R24. A stage update in CRM terms is mapped; an unmapped name is rejected with the known ones.
/// </summary>
public static class CrmStageMappings
{
    public static Dictionary<string, SalesStage> Validate(IReadOnlyDictionary<string, SalesStage>? mappings)
    {
        if (mappings is null)
        {
            throw CoSellException.InvalidRequest("mappings", "mappings is required: an object of CRM stage name to standard stage.");
        }

        var result = new Dictionary<string, SalesStage>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, stage) in mappings)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
            {
                throw CoSellException.Validation("mappings", "CRM stage names must be 1 to 100 characters.");
            }

            if (!SalesStages.Standard.Contains(stage) || stage is SalesStage.Won)
            {
                throw CoSellException.Validation($"mappings.{name}", $"'{name}' must map to a standard stage to mark (Created … Negotiating), not {stage} (R24, R38).");
            }

            if (!result.TryAdd(name.Trim(), stage))
            {
                throw CoSellException.Validation($"mappings.{name}", $"'{name}' is mapped twice (names are case-insensitive).");
            }
        }

        return result;
    }

    public static SalesStage Map(IReadOnlyDictionary<string, SalesStage> mappings, string crmStage)
    {
        foreach (var (name, stage) in mappings)
        {
            if (string.Equals(name, crmStage.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return stage;
            }
        }

        var known = mappings.Count == 0 ? "none are configured" : string.Join(", ", mappings.Keys.Order(StringComparer.OrdinalIgnoreCase));
        throw CoSellException.Validation("crmStage", $"CRM stage '{crmStage}' is not mapped; known CRM stages: {known} (R38).");
    }
}
