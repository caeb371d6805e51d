namespace CoSell.Rest;

/// <summary>The body of <c>POST /v1/referrals/{id}/registration</c> (R31).</summary>
public sealed class RegistrationBody
{
    public ContractType? ContractType { get; set; }

    public decimal? ContractValue { get; set; }

    public string? Currency { get; set; }

    public DateOnly? ContractSignedDate { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? CustomerTenantId { get; set; }

    public Contact? Contact { get; set; }

    public RegistrationRequest ToRequest() => new()
    {
        ContractType = ContractType,
        ContractValue = ContractValue,
        Currency = Currency,
        ContractSignedDate = ContractSignedDate,
        StartDate = StartDate,
        EndDate = EndDate,
        CustomerTenantId = CustomerTenantId,
        Contact = Contact,
    };
}
