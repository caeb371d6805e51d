namespace CoSell;

/// <summary>Registrations awaiting or past review, for Operators (R31). Key: <see cref="DirectoryKeys.Default"/>. A leaf.</summary>
public interface IRegistrationQueueGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<IReadOnlyList<RegistrationQueueEntry>> List(Actor actor, RegistrationStatus? status);

    /// <summary>The organization whose referral has a submitted registration (null: none), so an Operator can address it.</summary>
    [ReadOnly]
    Task<string?> OrganizationOf(string referralId);
}
