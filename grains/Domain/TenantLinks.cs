namespace CoSell.Grains.Domain;

/// <summary>
/// Linked tenants of one partner (R2): linking is transitive and symmetric, so tenants fall into groups; a user
/// of any tenant in a group sees the inboxes of all of them. Linking moves no referral, so none is lost or
/// duplicated: each stays in the inbox it was delivered to and is keyed by its id.
/// </summary>
[GenerateSerializer]
public sealed class TenantLinks
{
    /// <summary>Tenant id → group id; tenants never linked have no entry and are a group of their own.</summary>
    [Id(0)] public Dictionary<string, string> Groups { get; set; } = [];

    public void Link(string tenant, string other)
    {
        var target = GroupOf(tenant);
        var merged = GroupOf(other);
        Groups[tenant] = target;
        Groups[other] = target;
        foreach (var member in Groups.Where(g => g.Value == merged).Select(g => g.Key).ToArray())
        {
            Groups[member] = target;
        }
    }

    /// <summary>Every tenant whose inbox a user of <paramref name="tenant"/> sees, itself included.</summary>
    public IReadOnlySet<string> Visible(string tenant)
    {
        var group = GroupOf(tenant);
        var visible = Groups.Where(g => g.Value == group).Select(g => g.Key).ToHashSet();
        visible.Add(tenant);
        return visible;
    }

    private string GroupOf(string tenant) => Groups.TryGetValue(tenant, out var group) ? group : tenant;
}
