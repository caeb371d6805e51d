namespace CoSell.Tests.Support;

/// <summary>API.md-shaped request bodies for gateway tests.</summary>
public static class RestBodies
{
    public static object Contact(string first = "Bo") => new { firstName = first, lastName = "Ng", phoneNumber = "+1 206 555 0101", email = $"{first.ToLowerInvariant()}@fabrikam.example" };

    public static object PartnerInvitation(string partnerId, string? tenantId = null) => new
    {
        invitee = partnerId,
        tenantId,
        closingDateTime = "2027-06-30",
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
        details = new { dealValue = 250000, currency = "USD", closingDateTime = "2027-06-30", notes = "", crmId = "OPP-77", campaignId = "" },
        team = new[] { Contact() },
        solutions = new[] { new { id = solution } },
        invitations = invitations ?? [],
    };
}
