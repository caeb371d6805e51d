using CoSell.Grains.Domain;

namespace CoSell.Grains.Referrals;

/// <summary>R38: a stage in the owner's CRM vocabulary becomes a standard stage, by the partner's own mappings.</summary>
public static class CrmStages
{
    public static async Task<SalesStage> MapAsync(IGrainFactory grains, ReferralState state, UpdateReferralRequest request, string crmStage)
    {
        if (request.SalesStage is not null)
        {
            throw CoSellException.InvalidRequest("crmStage", "Send salesStage or crmStage, not both.");
        }

        if (state.IsMicrosoftSide)
        {
            throw CoSellException.Validation("crmStage", "CRM stage mappings belong to partner organizations (R38).");
        }

        var mappings = await grains.GetGrain<IPartnerGrain>(state.OrganizationId).GetStageMappings();
        return CrmStageMappings.Map(mappings, crmStage);
    }
}
