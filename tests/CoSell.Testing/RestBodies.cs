namespace CoSell.Testing;

/// <summary>API.md-shaped request bodies for gateway tests.</summary>
public static class RestBodies
{
    /// <summary>
    /// A close date six months after today's real date: valid for a real-time system (end-to-end tests) and for
    /// the fake clock (which starts in 2026), so no test depends on the calendar.
    /// </summary>
    public static string CloseDate { get; } = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static object Contact(string first = "Bo") => new { firstName = first, lastName = "Ng", phoneNumber = "+1 206 555 0101", email = $"{first.ToLowerInvariant()}@fabrikam.example" };

    public static object PartnerInvitation(string partnerId, string? tenantId = null) => new
    {
        invitee = partnerId,
        tenantId,
        closingDateTime = CloseDate,
        dealValue = 40000,
        currency = "USD",
        notes = "migration services",
        solutions = new[] { new { id = "sol-b" } },
        helpType = "CustomerTechnicalArchitecture",
    };

    public static object MicrosoftInvitation() => new { invitee = "msft", helpType = "ProofOfConceptOrDemo", notes = "need an Azure architect" };

    public static object Create(string name = "Contoso data platform", object[]? invitations = null, bool withContact = false, string solution = "sol-a") => new
    {
        name,
        customerProfile = new
        {
            customerId = "c-100",
            contact = withContact ? new { firstName = "Ann", lastName = "Lee", phoneNumber = "+1 425 555 0100", email = "ann@contoso.example" } : null,
        },
        consent = new { consentToShareInfoWithMicrosoft = withContact },
        details = new { dealValue = 250000, currency = "USD", closingDateTime = CloseDate, notes = "", crmId = "OPP-77", campaignId = "" },
        team = new[] { Contact() },
        solutions = new[] { new { id = solution } },
        invitations = invitations ?? [],
    };
}
