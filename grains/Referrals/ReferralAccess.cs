using CoSell.Grains.Desks;
using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;

namespace CoSell.Grains.Referrals;

/// <summary>
/// Who may see a referral, beyond what its state alone decides (<see cref="ReferralGuards"/>): for a partner, users of
/// the referral's own tenant or of a tenant linked with it (R2); the partner grain knows the links; for reading, the
/// colleagues a co-sell request's seller added (R22). Anything else is 404.
/// </summary>
public sealed class ReferralAccess(IGrainFactory grains, Func<ReferralState> current, Func<string> id)
{
    /// <summary>R2, R3: visible to the caller's organization (and seller), and to a partner's users of a tenant that sees it.</summary>
    public async Task EnsureVisible(Actor actor)
    {
        var state = current();
        ReferralGuards.EnsureVisibleTo(state, actor, id());
        if (!state.IsMicrosoftSide && actor.TenantId != state.TenantId
            && !await ClusterReads.Read(() => grains.GetGrain<IPartnerRecords>(state.OrganizationId).SharesInbox(actor.TenantId, state.TenantId)))
        {
            throw ReferralGuards.NotFound(id());
        }
    }

    /// <summary>Reading (the referral, its history, its shared notes): as <see cref="EnsureVisible"/>, and a colleague of the request's seller (R22).</summary>
    public Task EnsureReadable(Actor actor)
    {
        ReferralGuards.EnsureHasRole(actor);
        return ReferralGuards.IsColleague(current(), actor) ? Task.CompletedTask : EnsureVisible(actor);
    }

    /// <summary>Operators see a submitted registration to review it (R31); everyone else as <see cref="EnsureVisible"/>.</summary>
    public async Task EnsureRegistrationVisible(Actor actor)
    {
        ReferralGuards.EnsureRegistrationVisibleTo(current(), actor, id());
        if (!actor.IsOperator)
        {
            await EnsureVisible(actor);
        }
    }
}
