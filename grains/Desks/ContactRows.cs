using CoSell.Grains.Storage;

namespace CoSell.Grains.Desks;

/// <summary>
/// The contacts an organization named on its referrals (R12; issue 16, point 7), one row per address in its partition,
/// upserted by the very batch that names them — a create, an invitation, an accept or an edit with its team — so none
/// is lost to a crash. The most recently used are offered when a deal is created (<see cref="RecentContacts"/>), and
/// every address named makes the organization's admins able to opt it out of mail (R34).
/// </summary>
public static class ContactRows
{
    /// <summary>The rows for <paramref name="contacts"/> used at <paramref name="at"/>; the first named counts as the most recent.</summary>
    public static IEnumerable<RowWrite> Writes(IEnumerable<Contact>? contacts, DateTimeOffset at)
    {
        var named = (contacts ?? []).Where(c => c?.Email is { Length: > 0 }).DistinctBy(c => c.Email.Trim().ToLowerInvariant()).ToList();
        return named.Select((c, i) => RowWrite.Upsert(RowKeys.Contact(c.Email.Trim().ToLowerInvariant()), new Dictionary<string, object>
        {
            ["Contact"] = StoredJson.Serialize(c),
            ["UsedTicks"] = at.UtcTicks + (named.Count - i),
        }));
    }

    /// <summary>The most recently used contacts, most recent first, at most <paramref name="count"/>.</summary>
    public static async Task<IReadOnlyList<Contact>> RecentAsync(IPartitionStore store, string partition, int count)
    {
        var rows = await store.ReadAllAsync(partition, RowKeys.Contacts);
        return [.. rows.OrderByDescending(r => Convert.ToInt64(r.Properties["UsedTicks"], System.Globalization.CultureInfo.InvariantCulture))
            .Take(count).Select(r => StoredJson.Deserialize<Contact>(r.GetString("Contact")))];
    }

    /// <summary>Whether <paramref name="email"/> was named on one of the organization's referrals.</summary>
    public static async Task<bool> KnowsAsync(IPartitionStore store, string partition, string email) =>
        await store.ReadAsync(partition, RowKeys.Contact(email.Trim().ToLowerInvariant())) is not null;
}
