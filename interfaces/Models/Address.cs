namespace CoSell;

/// <summary>A postal address; <see cref="Country"/> is an ISO 3166-1 alpha-2 code.</summary>
[GenerateSerializer, Immutable]
public sealed record Address(string AddressLine1, string City, string State, string PostalCode, string Country);
