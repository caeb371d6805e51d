using CoSell.Client;

namespace CoSell.Testing;

/// <summary>
/// Three partners of one test's own, registered like the scenario ecosystem's A, B and C (two tenants each, A
/// vetted), so that tests sharing a cluster cannot see each other's referrals, favorites or idempotency keys. The
/// customers, solutions and sellers stay the cluster's: a referral may use any registered one.
/// </summary>
public sealed class Scenario
{
    private static int s_next;

    public Scenario()
    {
        // Seven digits like every partner id, in a range the fixed ecosystem (1111111…3333333) never uses.
        var first = 5_000_000 + (3 * Interlocked.Increment(ref s_next));
        PartnerA = first.ToString(System.Globalization.CultureInfo.InvariantCulture);
        PartnerB = (first + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        PartnerC = (first + 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public string PartnerA { get; }

    public string PartnerB { get; }

    public string PartnerC { get; }

    public Task RegisterAsync(CoSellClient client) => Ecosystem.RegisterPartners(client, PartnerA, PartnerB, PartnerC);
}
