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

    /// <summary>
    /// Take <paramref name="tenant"/> out of its group; the others stay linked with each other. Returns false when it
    /// was linked with nothing. The rest of the group gets a label of its own, so the tenant, which is now its own
    /// group, is never taken for a member by the old label.
    /// </summary>
    public bool Unlink(string tenant)
    {
        if (!Groups.TryGetValue(tenant, out var group))
        {
            return false;
        }

        Groups.Remove(tenant);
        var rest = Groups.Where(g => g.Value == group).Select(g => g.Key).Order(StringComparer.Ordinal).ToArray();
        if (rest.Length <= 1)
        {
            // A group of one is no group: its last member is unlinked too.
            foreach (var member in rest)
            {
                Groups.Remove(member);
            }
        }
        else
        {
            foreach (var member in rest)
            {
                Groups[member] = rest[0];
            }
        }

        return true;
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
