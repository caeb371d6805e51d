namespace CoSell;

/// <summary>Customer search (R9). Key: <see cref="DirectoryKeys.Default"/>.</summary>
public interface ICustomerDirectoryGrain : IGrainWithStringKey
{
    Task<Customer> Register(Actor actor, Customer customer);

    /// <summary>Suggestions by name (contains, case-insensitive) and optionally country and city.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Customer>> Search(string? name, string? country, string? city, int top);
}
