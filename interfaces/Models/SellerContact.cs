namespace CoSell;

/// <summary>A Microsoft seller working a co-sell request beside the one it is routed to (issue 16, point 2): who to reach.</summary>
[GenerateSerializer, Immutable]
public sealed record SellerContact(string SellerId, string Name, string Email);
