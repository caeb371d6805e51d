namespace CoSell.Grains.Desks;

/// <summary>Recently used contacts (R12): most recent first, one entry per e-mail, at most <see cref="Capacity"/>.</summary>
public static class RecentContacts
{
    public const int Capacity = 20;

    /// <summary>Put <paramref name="used"/> first; true when the list or the known addresses changed (the desk writes them then).</summary>
    public static bool Remember(List<Contact> recent, IEnumerable<Contact> used, HashSet<string>? known = null)
    {
        var before = recent.ToArray();
        var knownBefore = known?.Count ?? 0;
        foreach (var contact in used.Reverse())
        {
            recent.RemoveAll(c => string.Equals(c.Email, contact.Email, StringComparison.OrdinalIgnoreCase));
            recent.Insert(0, contact);
            known?.Add(contact.Email.Trim().ToLowerInvariant());
        }

        if (recent.Count > Capacity)
        {
            recent.RemoveRange(Capacity, recent.Count - Capacity);
        }

        return !before.SequenceEqual(recent) || (known?.Count ?? 0) != knownBefore;
    }
}
