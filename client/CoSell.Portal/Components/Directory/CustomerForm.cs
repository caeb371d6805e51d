namespace CoSell.Portal.Components.Directory;

/// <summary>A customer as typed on the Operator's form; blanks are sent as typed for the directory to judge (R9, R41).</summary>
public sealed class CustomerForm
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Duns { get; set; }

    public string? Line { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public static CustomerForm Of(Customer customer) => new()
    {
        Id = customer.Id,
        Name = customer.Name,
        Duns = customer.Duns,
        Line = customer.Address.AddressLine1,
        City = customer.Address.City,
        State = customer.Address.State,
        PostalCode = customer.Address.PostalCode,
        Country = customer.Address.Country,
    };

    public Customer ToCustomer() => new(
        Trim(Id),
        Trim(Name),
        string.IsNullOrWhiteSpace(Duns) ? null : Duns.Trim(),
        new Address(Trim(Line), Trim(City), Trim(State), Trim(PostalCode), Trim(Country).ToUpperInvariant()));

    private static string Trim(string? text) => text?.Trim() ?? "";
}
