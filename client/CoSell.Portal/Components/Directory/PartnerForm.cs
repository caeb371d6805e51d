namespace CoSell.Portal.Components.Directory;

/// <summary>
/// A partner as typed on the Operator's form (R1, R2, R8): the primary tenant and the others as lists, the referral
/// admins' e-mails likewise. The partner grain judges every value (R41); the form only shapes them.
/// </summary>
public sealed class PartnerForm
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Country { get; set; }

    public string? PrimaryTenant { get; set; }

    public string? OtherTenants { get; set; }

    public bool SolutionAssessmentVetted { get; set; }

    public string? AdminEmails { get; set; }

    public static PartnerForm Of(PartnerProfile partner) => new()
    {
        Id = partner.Id,
        Name = partner.Name,
        Country = partner.Country,
        PrimaryTenant = partner.PrimaryTenantId,
        OtherTenants = Forms.ListText.Join(partner.Tenants.Where(t => t.Id != partner.PrimaryTenantId).Select(t => t.Id)),
        SolutionAssessmentVetted = partner.SolutionAssessmentVetted,
        AdminEmails = Forms.ListText.Join(partner.ReferralAdminEmails),
    };

    public PartnerProfile ToProfile()
    {
        List<Tenant> tenants = [];
        if (!string.IsNullOrWhiteSpace(PrimaryTenant))
        {
            tenants.Add(new Tenant(PrimaryTenant.Trim(), true));
        }

        tenants.AddRange(Forms.ListText.Split(OtherTenants).Select(id => new Tenant(id, false)));
        return new PartnerProfile(Id?.Trim() ?? "", Name?.Trim() ?? "", Country?.Trim().ToUpperInvariant() ?? "", tenants,
            SolutionAssessmentVetted, Forms.ListText.Split(AdminEmails));
    }
}
