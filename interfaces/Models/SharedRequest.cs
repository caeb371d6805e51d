namespace CoSell;

/// <summary>
/// A co-sell request a seller joined as a colleague (R22): its id and name when the seller joined, the seller that held
/// it then, and when. The request itself is read through <c>GetReferral</c>, which finds it wherever it is now.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SharedRequest(string ReferralId, string Name, string HeldBy, DateTimeOffset JoinedAt);
