namespace CoSell.Grains.Desks;

/// <summary>
/// Recently used contacts (R12): the ones an organization named last on its referrals, most recent first, one per
/// address, at most <see cref="Capacity"/> offered. Kept as rows (<see cref="ContactRows"/>) written with each change.
/// </summary>
public static class RecentContacts
{
    public const int Capacity = 20;
}
