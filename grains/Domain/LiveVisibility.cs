using CoSell.Grains.Live;

namespace CoSell.Grains.Domain;

/// <summary>
/// What a watcher of an owner's live view is told (R2, R28): its own organization's changes in the tenants it sees,
/// and every change another party of a shared engagement made (its status, which R28 lets every party see).
/// </summary>
public static class LiveVisibility
{
    public static bool Sees(LiveWatcher watcher, LiveChange change) => !change.Own || watcher.Tenants.Contains(change.TenantId);
}
