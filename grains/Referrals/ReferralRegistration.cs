using CoSell.Grains.Directory;
using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;

namespace CoSell.Grains.Referrals;

/// <summary>
/// A won deal's registration (R30, R31) on its referral: eligibility read with the engagement, submit by the partner,
/// review by an Operator (its partner's referral admins told, R31), each checked against the ETag (R40) and written
/// by the referral's one commit.
/// </summary>
public sealed class ReferralRegistration(IGrainFactory grains, ReferralAccess access, Func<ReferralState> current, Func<Task> commit, TimeProvider clock)
{
    private ReferralState State => current();

    public async Task<RegistrationView> GetAsync(Actor actor)
    {
        await access.EnsureRegistrationVisible(actor);
        return await ViewAsync();
    }

    public async Task<RegistrationView> SubmitAsync(Actor actor, RegistrationRequest? request, string? ifMatch)
    {
        await access.EnsureVisible(actor);
        if (!actor.CanWorkReferrals)
        {
            throw CoSellException.AccessDenied("role", "Registering deals needs the PartnerAdmin or ReferralAdmin role (R3).");
        }

        ReferralGuards.EnsureETag(State, ifMatch);
        var engagement = await grains.GetGrain<IEngagementGrain>(EngagementKeys.Of(State)).Get();
        DealRegistrationRules.Submit(State, actor, request ?? new RegistrationRequest(), DealRegistrationRules.Eligibility(State, engagement), clock.GetUtcNow());
        await commit();
        return await ViewAsync();
    }

    public async Task<RegistrationView> ReviewAsync(Actor actor, RegistrationReview? review, string? ifMatch)
    {
        await access.EnsureRegistrationVisible(actor);
        ReferralGuards.EnsureETag(State, ifMatch);
        // The partner's referral admins hear of the outcome (R31); the directory is a leaf, so asking it forms no cycle.
        var partner = (await grains.GetGrain<IPartnerDirectoryRecords>(DirectoryKeys.Default).Get([State.OrganizationId])).FirstOrDefault();
        DealRegistrationRules.Review(State, actor, review ?? new RegistrationReview(null, null), clock.GetUtcNow(), partner?.ReferralAdminEmails);
        await commit();
        return await ViewAsync();
    }

    private async Task<RegistrationView> ViewAsync()
    {
        var engagement = await ClusterReads.Read(grains.GetGrain<IEngagementGrain>(EngagementKeys.Of(State)).Get);
        return new RegistrationView(State.Id, DealRegistrationRules.Eligibility(State, engagement), State.Registration, State.ETag);
    }
}
