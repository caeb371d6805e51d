namespace CoSell.Grains.Directory;

/// <summary>
/// How grains read a registered customer (<see cref="ICustomerDirectoryGrain"/> is what callers may do).
/// </summary>
public interface ICustomerLookup : IGrainWithStringKey
{
    [ReadOnly]
    Task<Customer?> Get(string customerId);
}
