namespace CoSell.Rest;

/// <summary>
/// The JSON merge patch (RFC 7396) of <c>PATCH /v1/referrals/{id}</c> (R23, R24): absent members stay as they are; a
/// <c>null</c> removes an optional one (<c>details.notes</c>, <c>details.crmId</c>, <c>details.campaignId</c>,
/// <c>customerProfile.contact</c>) and is refused for a required one.
/// </summary>
public sealed class PatchReferralBody
{
    public string? Name { get; set; }

    public DetailsBody? Details { get; set; }

    public List<Contact>? Team { get; set; }

    public List<SolutionRefBody>? Solutions { get; set; }

    public SalesStage? SalesStage { get; set; }

    /// <summary>A stage in the organization's CRM vocabulary (R38).</summary>
    public string? CrmStage { get; set; }

    /// <summary>Only its <c>contact</c> may change (R10); the customer itself is fixed at creation (R9).</summary>
    public CustomerProfilePatchBody? CustomerProfile { get; set; }

    public Consent? Consent { get; set; }
}
