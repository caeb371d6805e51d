namespace CoSell.Rest;

/// <summary>The JSON merge patch of <c>PATCH /v1/referrals/{id}</c> (R23, R24); absent fields stay as they are.</summary>
public sealed class PatchReferralBody
{
    public string? Name { get; set; }

    public DetailsBody? Details { get; set; }

    public List<Contact>? Team { get; set; }

    public List<SolutionRefBody>? Solutions { get; set; }

    public SalesStage? SalesStage { get; set; }

    /// <summary>A stage in the organization's CRM vocabulary (R38).</summary>
    public string? CrmStage { get; set; }
}
