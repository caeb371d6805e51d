namespace CoSell;

/// <summary>A Microsoft seller and the ISO country codes of its territory (R4).</summary>
[GenerateSerializer, Immutable]
public sealed record SellerProfile(string Id, string Name, string Email, IReadOnlyList<string> Territory);
