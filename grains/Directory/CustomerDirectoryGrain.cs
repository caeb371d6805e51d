using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;

namespace CoSell.Grains.Directory;

/// <summary>Customer records and customer search (R9). A leaf.</summary>
public sealed class CustomerDirectoryGrain(
    [PersistentState("customers", StorageNames.Default)] IPersistentState<Dictionary<string, Customer>> store) : Grain, ICustomerDirectoryGrain, ICustomerLookup
{
    public async Task<Customer> Register(Actor actor, Customer customer)
    {
        if (!actor.IsOperator)
        {
            throw CoSellException.AccessDenied("role", "Registering customers needs the Operator role of organization msft (R3).");
        }

        if (customer is null || string.IsNullOrWhiteSpace(customer.Id))
        {
            throw CoSellException.InvalidRequest("id", "A customer needs an id.");
        }

        DealDetailsValidation.EnsureName(customer.Name, "name");
        if (customer.Address is null)
        {
            throw CoSellException.Validation("address", "A customer needs an address with at least a country (R9).");
        }

        ReferralCreation.EnsureCountry(customer.Address.Country, "address.country");
        store.State[customer.Id] = customer;
        await store.WriteStateAsync();
        return customer;
    }

    public Task<Customer?> Get(string customerId) => Task.FromResult(store.State.GetValueOrDefault(customerId));

    public Task<IReadOnlyList<Customer>> Search(string? name, string? country, string? city, int top) =>
        Task.FromResult<IReadOnlyList<Customer>>([.. store.State.Values
            .Where(c => string.IsNullOrWhiteSpace(name) || c.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .Where(c => string.IsNullOrWhiteSpace(country) || string.Equals(c.Address.Country, country, StringComparison.OrdinalIgnoreCase))
            .Where(c => string.IsNullOrWhiteSpace(city) || string.Equals(c.Address.City, city, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(Math.Clamp(top, 1, 1000))]);
}
