using CoSell.Client;
using CoSell.Testing;

namespace CoSell.Portal.Tests.Support;

/// <summary>
/// Partners with names of their own, for tests that find a partner by search in a cluster other tests share (every
/// <see cref="Scenario"/> names its partners Fabrikam, Northwind and Tailspin).
/// </summary>
public static class UniquePartners
{
    private static int s_next;

    /// <summary>Registers "<paramref name="name"/> n" with two tenants; returns its id and full name.</summary>
    public static async Task<(string Id, string Name)> RegisterAsync(CoSellClient client, string name)
    {
        var n = Interlocked.Increment(ref s_next);
        var id = (6_000_000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var full = $"{name} {n}";
        await client.RegisterPartner(Actors.Operator, new PartnerProfile(id, full, "US",
            [new Tenant(Actors.PrimaryTenant(id), true), new Tenant(Actors.SecondTenant(id), false)], false, [$"admin@{id}.example"]));
        return (id, full);
    }
}
