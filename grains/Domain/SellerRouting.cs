namespace CoSell.Grains.Domain;

/// <summary>
/// Routing co-sell requests (R4): to a seller whose territory holds the customer's country, the one with the
/// fewest open requests first (ties by id, so routing is deterministic); else to the configured fallback — a registered
/// seller (a regional desk) or the Operators' fallback queue. Assigning the same referral again returns its seller;
/// an Operator's assignment moves it (<see cref="Reassign"/>).
/// </summary>
[GenerateSerializer]
public sealed class SellerRouting
{
    [Id(0)] public Dictionary<string, SellerProfile> Sellers { get; set; } = [];
    /// <summary>Open request referral id → seller id.</summary>
    [Id(1)] public Dictionary<string, string> Open { get; set; } = [];
    /// <summary>Open request referral id → its customer and partner (requests routed before this was kept have none).</summary>
    [Id(2)] public Dictionary<string, OpenRequest> Requests { get; set; } = [];

    public void Upsert(SellerProfile seller) => Sellers[seller.Id] = seller;

    public string Assign(string referralId, string? country, string fallback = Organizations.FallbackSellerQueue, OpenRequest? request = null)
    {
        if (request is not null)
        {
            Requests.TryAdd(referralId, request);
        }

        if (Open.TryGetValue(referralId, out var existing))
        {
            return existing;
        }

        var load = Open.Values.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var seller = Sellers.Values
            .Where(s => country is not null && s.Territory.Contains(country, StringComparer.OrdinalIgnoreCase))
            .OrderBy(s => load.GetValueOrDefault(s.Id))
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .FirstOrDefault()?.Id ?? (Sellers.ContainsKey(fallback) ? fallback : Organizations.FallbackSellerQueue);
        Open[referralId] = seller;
        return seller;
    }

    public bool Release(string referralId) => Open.Remove(referralId) | Requests.Remove(referralId);

    /// <summary>Other partners' open requests for the same customer as <paramref name="referralId"/> (channel conflict), by id.</summary>
    public IReadOnlyList<string> Competing(string referralId) => Requests.TryGetValue(referralId, out var request)
        ? [.. Requests.Where(r => r.Key != referralId && r.Value.CustomerId == request.CustomerId && r.Value.OrganizationId != request.OrganizationId)
            .Select(r => r.Key).Order(StringComparer.Ordinal)]
        : [];

    /// <summary>Where an open request is now (null when it was answered or is unknown).</summary>
    public string? Locate(string referralId) => Open.GetValueOrDefault(referralId);

    /// <summary>An Operator moved an open request to <paramref name="sellerId"/>; false when nothing changed.</summary>
    public bool Reassign(string referralId, string sellerId)
    {
        if (Open.GetValueOrDefault(referralId) == sellerId)
        {
            return false;
        }

        Open[referralId] = sellerId;
        return true;
    }

    public int OpenRequests(string sellerId) => Open.Values.Count(s => s == sellerId);
}
