namespace CoSell.Rest;

/// <summary>The organization's CRM stage names and the standard stage each maps to (R38).</summary>
public sealed record StageMappingsResource(IReadOnlyDictionary<string, SalesStage> Mappings);
