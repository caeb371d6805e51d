namespace CoSell.Grains.Domain;

/// <summary>What routing keeps of an open co-sell request besides its seller: its customer and the partner asking (channel conflict, issue 16).</summary>
[GenerateSerializer, Immutable]
public sealed record OpenRequest(string CustomerId, string OrganizationId);
