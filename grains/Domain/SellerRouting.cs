namespace CoSell.Grains.Domain;

/// <summary>
/// Routing co-sell requests (R4): to a seller whose territory holds the customer's country, the one with the
/// fewest open requests first (ties by id, so routing is deterministic); else to the fallback queue.
/// Assigning the same referral again returns its first seller.
/// </summary>
[GenerateSerializer]
public sealed class SellerRouting
{
    [Id(0)] public Dictionary<string, SellerProfile> Sellers { get; set; } = [];
    /// <summary>Open request referral id → seller id.</summary>
    [Id(1)] public Dictionary<string, string> Open { get; set; } = [];

    public void Upsert(SellerProfile seller) => Sellers[seller.Id] = seller;

    public string Assign(string referralId, string? country)
    {
        if (Open.TryGetValue(referralId, out var existing))
        {
            return existing;
        }

        var load = Open.Values.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var seller = Sellers.Values
            .Where(s => country is not null && s.Territory.Contains(country, StringComparer.OrdinalIgnoreCase))
            .OrderBy(s => load.GetValueOrDefault(s.Id))
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .FirstOrDefault()?.Id ?? Organizations.FallbackSellerQueue;
        Open[referralId] = seller;
        return seller;
    }

    public bool Release(string referralId) => Open.Remove(referralId);

    public int OpenRequests(string sellerId) => Open.Values.Count(s => s == sellerId);
}
