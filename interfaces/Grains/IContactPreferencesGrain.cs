namespace CoSell;

/// <summary>
/// E-mail addresses that opted out of notifications (R34). Key: <see cref="DirectoryKeys.Default"/>. Only an address's
/// owner changes it: the address's own user, or a PartnerAdmin of the organization it belongs to (its referral
/// admins, the team contacts it named); anyone else gets accessDenied and nothing changes.
/// </summary>
public interface IContactPreferencesGrain : IGrainWithStringKey
{
    Task OptOut(Actor actor, string email);

    Task OptIn(Actor actor, string email);

    /// <summary>One-click unsubscribe (RFC 8058) with the signed token of a mail's link: no login, exactly that address.</summary>
    Task<string> Unsubscribe(string token);
}
