namespace CoSell.Testing;

/// <summary>Valid requests to start from; tests change one thing to break one rule.</summary>
public static class Requests
{
    public static readonly DateOnly CloseDate = new(2027, 6, 30);

    public static Contact Bo { get; } = new("Bo", "Ng", "+1 206 555 0101", "bo@fabrikam.example");

    public static Contact Ann { get; } = new("Ann", "Lee", "+1 425 555 0100", "ann@contoso.example");

    public static CreateReferralRequest Private(string name = "Contoso data platform") => new()
    {
        Name = name,
        Customer = new CustomerInput("c-100"),
        Details = new DealDetailsInput(250_000m, "USD", CloseDate, CrmId: "OPP-77"),
        Team = [Bo],
        Solutions = ["sol-a"],
    };

    public static InvitationRequest PartnerInvitation(string partnerId, string? tenantId = null) => new()
    {
        Invitee = partnerId,
        TenantId = tenantId,
        DealValue = 40_000m,
        Currency = "USD",
        Notes = "migration services",
        Solutions = ["sol-b"],
        HelpType = HelpType.CustomerTechnicalArchitecture,
    };

    public static InvitationRequest MicrosoftInvitation() => new() { Invitee = Organizations.Microsoft, HelpType = HelpType.ProofOfConceptOrDemo, Notes = "need an Azure architect" };

    public static CreateReferralRequest P2P(params InvitationRequest[] invitations) => Private() with { Invitations = invitations };

    public static CreateReferralRequest CoSell() => Private() with
    {
        Customer = new CustomerInput("c-100", Ann),
        Consent = new Consent(true),
        Invitations = [MicrosoftInvitation()],
    };
}
