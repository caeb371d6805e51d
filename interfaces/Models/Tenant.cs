namespace CoSell;

/// <summary>A directory tenant of a partner organization (R2).</summary>
[GenerateSerializer, Immutable]
public sealed record Tenant(string Id, bool Primary);
