namespace CoSell;

/// <summary>The customer as held on a referral: the picked directory record plus an optional contact (R9, R10).</summary>
[GenerateSerializer, Immutable]
public sealed record CustomerProfile(string CustomerId, string Name, string? Duns, Address Address, Contact? Contact);
