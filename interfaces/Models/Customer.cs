namespace CoSell;

/// <summary>A customer record in the customer directory (R9); several may share a name and place.</summary>
[GenerateSerializer, Immutable]
public sealed record Customer(string Id, string Name, string? Duns, Address Address);
