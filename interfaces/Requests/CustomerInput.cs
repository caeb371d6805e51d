namespace CoSell;

/// <summary>The customer picked from customer search, plus an optional contact (R9, R10).</summary>
[GenerateSerializer, Immutable]
public sealed record CustomerInput(string? CustomerId, Contact? Contact = null);
