using CoSell.Portal.Components.Forms;

namespace CoSell.Portal.Components.Wizard;

/// <summary>
/// Everything the new-deal wizard collects (R9–R17), step by step, and the one create request it becomes. The grains
/// check it all; <see cref="StepOf"/> says which step shows a refusal, by the field it names (R41).
/// </summary>
public sealed class NewDealForm
{
    public const int CustomerStep = 0;
    public const int ContactStep = 1;
    public const int DetailsStep = 2;
    public const int TeamStep = 3;
    public const int SolutionsStep = 4;
    public const int SaleTypeStep = 5;
    public const int ReviewStep = 6;

    public Customer? Customer { get; set; }

    public ContactInput Contact { get; set; } = new();

    public bool Consent { get; set; }

    public string? Name { get; set; }

    public string? DealValue { get; set; }

    public string? Currency { get; set; } = "USD";

    public DateOnly? ClosingDate { get; set; }

    public string? Notes { get; set; }

    public string? CrmId { get; set; }

    public string? CampaignId { get; set; }

    public List<ContactInput> Team { get; set; } = [new()];

    public HashSet<string> Solutions { get; set; } = [];

    /// <summary>Country (ISO 3166-1 alpha-2) of a solution assessment (R17).</summary>
    public string? Location { get; set; }

    public bool InviteMicrosoft { get; set; }

    public HelpType MicrosoftHelp { get; set; } = HelpType.GeneralOrOther;

    public string? MicrosoftNotes { get; set; }

    public List<InvitationInput> Partners { get; set; } = [];

    /// <summary>Private when nobody is invited (R14): the deal stays the organization's own.</summary>
    public bool IsPrivate => !InviteMicrosoft && Partners.Count == 0;

    public bool HasContact => !string.IsNullOrWhiteSpace(Contact.FirstName) || !string.IsNullOrWhiteSpace(Contact.Email)
        || !string.IsNullOrWhiteSpace(Contact.LastName) || !string.IsNullOrWhiteSpace(Contact.PhoneNumber);

    /// <summary>The request as sent; amounts are read in step order, so the first refusal is the earliest step's.</summary>
    public CreateReferralRequest ToRequest()
    {
        var details = new DealDetailsInput(
            MoneyText.Parse(DealValue, "details.dealValue"),
            string.IsNullOrWhiteSpace(Currency) ? null : Currency.Trim().ToUpperInvariant(),
            ClosingDate,
            Blank(Notes),
            Blank(CrmId),
            Blank(CampaignId));
        List<InvitationRequest> invitations = [];
        if (InviteMicrosoft)
        {
            invitations.Add(new InvitationRequest
            {
                Invitee = Organizations.Microsoft,
                HelpType = MicrosoftHelp,
                Notes = string.IsNullOrWhiteSpace(MicrosoftNotes) ? null : MicrosoftNotes.Trim(),
            });
        }

        invitations.AddRange(Partners.Select((p, i) => p.ToRequest(PartnerIndex(i))).ToList());
        return new CreateReferralRequest
        {
            Name = string.IsNullOrWhiteSpace(Name) ? null : Name.Trim(),
            Customer = new CustomerInput(Customer?.Id, HasContact ? Contact.ToContact() : null),
            Consent = new Consent(Consent),
            Details = details,
            Team = [.. Team.Select(c => c.ToContact())],
            Solutions = [.. Solutions],
            Location = Blank(Location)?.ToUpperInvariant(),
            Invitations = invitations,
        };
    }

    /// <summary>Where partner <paramref name="i"/> stands among the invitations sent (Microsoft's comes first).</summary>
    public int PartnerIndex(int i) => (InviteMicrosoft ? 1 : 0) + i;

    /// <summary>The step whose fields a refusal names; what no step claims is shown on the review.</summary>
    public static int StepOf(string target) => target switch
    {
        _ when Under(target, "customerProfile.customerId") => CustomerStep,
        _ when Under(target, "customerProfile.contact") || Under(target, "consent") => ContactStep,
        _ when Under(target, "name") || Under(target, "details") => DetailsStep,
        _ when Under(target, "team") => TeamStep,
        _ when Under(target, "solutions") || Under(target, "location") => SolutionsStep,
        _ when Under(target, "invitations") => SaleTypeStep,
        _ => ReviewStep,
    };

    private static bool Under(string target, string field) =>
        target == field || target.StartsWith(field + ".", StringComparison.Ordinal) || target.StartsWith(field + "[", StringComparison.Ordinal);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
