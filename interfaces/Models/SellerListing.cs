namespace CoSell;

/// <summary>A registered Microsoft seller as the Operator's roster shows it: the profile and its open co-sell requests (R4).</summary>
[GenerateSerializer, Immutable]
public sealed record SellerListing(SellerProfile Profile, int OpenRequests);
