namespace CoSell;

/// <summary>E-mail addresses that opted out of notifications (R34). Key: <see cref="DirectoryKeys.Default"/>. A leaf.</summary>
public interface IContactPreferencesGrain : IGrainWithStringKey
{
    Task OptOut(string email);

    Task OptIn(Actor actor, string email);

    /// <summary>The recipients that still want mail.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> Filter(IReadOnlyList<string> recipients);
}
