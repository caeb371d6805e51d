namespace CoSell;

/// <summary>
/// What partner search shows of a partner (R1, R37): its public card. Never its tenants or referral-admin e-mails,
/// which only the partner itself and Microsoft's Operators handle.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PartnerCard(
    string Id,
    string Name,
    string Country,
    IReadOnlyList<Solution> Solutions,
    ResponsivenessStats? Responsiveness,
    bool CoSellReady = true);
