namespace CoSell;

/// <summary>
/// The columns of a referral import's CSV (header names, matched without regard to case, in any order): the fields of
/// a create (R9–R15) with one team member and Microsoft's help, plus the sales stage. Only <see cref="CrmId"/> must be
/// present as a column; a create then needs what a single create needs. Lists (<see cref="Solutions"/>) are separated
/// by <c>;</c>. An error found by a rule names a field of the request (R41): <see cref="Of"/> gives its column.
/// </summary>
public static class ImportColumns
{
    public const string CrmId = "crmId";
    public const string Name = "name";
    public const string CustomerId = "customerId";
    public const string ContactFirstName = "contactFirstName";
    public const string ContactLastName = "contactLastName";
    public const string ContactEmail = "contactEmail";
    public const string ContactPhone = "contactPhone";
    public const string Consent = "consentToShareInfoWithMicrosoft";
    public const string DealValue = "dealValue";
    public const string Currency = "currency";
    public const string ClosingDate = "closingDate";
    public const string Notes = "notes";
    public const string CampaignId = "campaignId";
    public const string Solutions = "solutions";
    public const string Location = "location";
    public const string TeamFirstName = "teamFirstName";
    public const string TeamLastName = "teamLastName";
    public const string TeamEmail = "teamEmail";
    public const string TeamPhone = "teamPhone";
    public const string MicrosoftHelp = "microsoftHelp";
    public const string SalesStage = "salesStage";
    public const string CrmStage = "crmStage";

    /// <summary>Every column, in the order a template lists them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        CrmId, Name, CustomerId, ContactFirstName, ContactLastName, ContactEmail, ContactPhone, Consent, DealValue, Currency,
        ClosingDate, Notes, CampaignId, Solutions, Location, TeamFirstName, TeamLastName, TeamEmail, TeamPhone, MicrosoftHelp,
        SalesStage, CrmStage,
    ];

    private static readonly (string Prefix, string Column)[] Targets =
    [
        ("customerProfile.customerId", CustomerId),
        ("customerProfile.contact.firstName", ContactFirstName),
        ("customerProfile.contact.lastName", ContactLastName),
        ("customerProfile.contact.phoneNumber", ContactPhone),
        ("customerProfile.contact", ContactEmail),
        ("consent", Consent),
        ("details.dealValue", DealValue),
        ("details.currency", Currency),
        ("details.closingDateTime", ClosingDate),
        ("details.notes", Notes),
        ("details.crmId", CrmId),
        ("details.campaignId", CampaignId),
        ("details", DealValue),
        ("team[0].firstName", TeamFirstName),
        ("team[0].lastName", TeamLastName),
        ("team[0].phoneNumber", TeamPhone),
        ("team", TeamEmail),
        ("solutions", Solutions),
        ("location", Location),
        ("invitations", MicrosoftHelp),
        ("salesStage", SalesStage),
        ("crmStage", CrmStage),
        ("name", Name),
    ];

    /// <summary>The column holding the field an error names (<c>details.currency</c> → <c>currency</c>); the field itself when no column does.</summary>
    public static string Of(string target)
    {
        foreach (var (prefix, column) in Targets)
        {
            if (target == prefix || target.StartsWith(prefix + ".", StringComparison.Ordinal) || target.StartsWith(prefix + "[", StringComparison.Ordinal))
            {
                return column;
            }
        }

        return target;
    }
}
