namespace CoSell.Rest;

/// <summary>The body of <c>PUT /v1/partners/{partnerId}</c>.</summary>
public sealed class PartnerBody
{
    public string? Name { get; set; }

    public string? Country { get; set; }

    public List<Tenant>? Tenants { get; set; }

    public bool? SolutionAssessmentVetted { get; set; }

    public List<string>? ReferralAdminEmails { get; set; }

    /// <summary>Whether Microsoft's Operators count the partner co-sell ready (R13); true when not given.</summary>
    public bool? CoSellReady { get; set; }
}
