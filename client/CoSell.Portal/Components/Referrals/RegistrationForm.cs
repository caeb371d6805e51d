using CoSell.Portal.Components.Forms;

namespace CoSell.Portal.Components.Referrals;

/// <summary>The contract details a partner submits to register a won deal (R31), prefilled from the deal.</summary>
public sealed class RegistrationForm
{
    public ContractType ContractType { get; set; } = ContractType.New;

    public string? ContractValue { get; set; }

    public string? Currency { get; set; }

    public DateOnly? ContractSignedDate { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? CustomerTenantId { get; set; }

    public ContactInput Contact { get; set; } = new();

    public static RegistrationForm From(Referral referral, DealRegistration? earlier) => earlier is { } r
        ? new()
        {
            ContractType = r.ContractType,
            ContractValue = r.ContractValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Currency = r.Currency,
            ContractSignedDate = r.ContractSignedDate,
            StartDate = r.StartDate,
            EndDate = r.EndDate,
            CustomerTenantId = r.CustomerTenantId,
            Contact = ContactInput.From(r.Contact),
        }
        : new()
        {
            ContractValue = referral.Details.DealValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Currency = referral.Details.Currency,
            Contact = referral.CustomerProfile.Contact is { } c ? ContactInput.From(c) : new ContactInput(),
        };

    public RegistrationRequest ToRequest() => new()
    {
        ContractType = ContractType,
        ContractValue = MoneyText.Parse(ContractValue, "contractValue"),
        Currency = string.IsNullOrWhiteSpace(Currency) ? null : Currency.Trim().ToUpperInvariant(),
        ContractSignedDate = ContractSignedDate,
        StartDate = StartDate,
        EndDate = EndDate,
        CustomerTenantId = string.IsNullOrWhiteSpace(CustomerTenantId) ? null : CustomerTenantId.Trim(),
        Contact = Contact.ToContact(),
    };

    /// <summary>Each R30 criterion in words a partner acts on.</summary>
    public static string Criterion(string id) => id switch
    {
        "won" => "The deal is closed as won",
        "inboundCoSell" => "Microsoft invited your organization into the deal (an inbound co-sell)",
        "microsoftAccepted" => "Microsoft engaged, or marked its side won",
        "incentiveEligibleSolution" => "The deal holds an incentive-eligible solution",
        _ => id,
    };

    public static readonly IReadOnlyList<string> Criteria = ["won", "inboundCoSell", "microsoftAccepted", "incentiveEligibleSolution"];
}
