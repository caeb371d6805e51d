using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;
using CoSell.Grains.Observability;
using CoSell.Grains.Options;
using CoSell.Grains.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoSell.Grains.Desks;

/// <summary>
/// A partner organization (R1, R2, R8, R12): its profile and tenants, its desk for creating referrals and
/// fanning invitations out to P2P participants, and its per-tenant inboxes, outbound list and favorites.
/// </summary>
public sealed class PartnerGrain(
    [PersistentState("partner", StorageNames.Default)] IPersistentState<DeskState> store,
    IPartitionStore partitions,
    IOptions<CoSellOptions> options,
    TimeProvider clock,
    CoSellMetrics metrics,
    ILogger<PartnerGrain> logger) : ReferralDeskGrain(store, partitions, clock, metrics, logger), IPartnerGrain
{
    protected override (string OrganizationId, string? SellerId) Owner => (Key, null);

    protected override TimeSpan ResponseWindow(InboundReferralDraft draft) => options.Value.Windows.InboundResponse;

    public async Task<PartnerProfile> Register(Actor actor, PartnerProfile profile)
    {
        if (!actor.IsOperator)
        {
            throw CoSellException.AccessDenied("role", "Registering partners needs the Operator role of organization msft (R3).");
        }

        PartnerRegistration.EnsureValid(profile, Key);

        // The directory first: it rejects a tenant another partner owns (R2) before this partner takes it.
        await GrainFactory.GetGrain<IPartnerDirectoryGrain>(DirectoryKeys.Default).Upsert(profile);
        State.Partner = profile;
        await WriteAsync();
        return profile;
    }

    public Task<PartnerProfile?> GetProfile() => Task.FromResult(State.Partner);

    protected override Task OnResponsivenessChanged(ResponsivenessStats stats) =>
        GrainFactory.GetGrain<IPartnerDirectoryGrain>(DirectoryKeys.Default).ReportResponsiveness(Key, stats);

    public Task<IReadOnlyList<Contact>> GetRecentContacts(Actor actor)
    {
        EnsureReader(actor);
        return Task.FromResult<IReadOnlyList<Contact>>(State.RecentContacts.ToArray());
    }

    public async Task<IReadOnlyList<string>> LinkTenant(Actor actor, string tenantId)
    {
        var partner = EnsureMember(actor);
        if (!actor.Has(Role.PartnerAdmin))
        {
            throw CoSellException.AccessDenied("role", "Linking tenants needs the PartnerAdmin role (R2, R3).");
        }

        if (partner.Tenants.All(t => t.Id != tenantId))
        {
            throw CoSellException.Validation("tenantId", $"Tenant '{tenantId}' does not belong to partner '{Key}' (R2).");
        }

        State.TenantLinks.Link(actor.TenantId, tenantId);
        await WriteAsync();
        return [.. State.TenantLinks.Visible(actor.TenantId).Order(StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<string>> UnlinkTenant(Actor actor, string tenantId)
    {
        EnsureMember(actor);
        if (!actor.Has(Role.PartnerAdmin))
        {
            throw CoSellException.AccessDenied("role", "Unlinking tenants needs the PartnerAdmin role (R2, R3).");
        }

        // Only a tenant the caller sees (its own or one linked with it): another group's links are not the caller's.
        if (!State.TenantLinks.Visible(actor.TenantId).Contains(tenantId))
        {
            throw CoSellException.NotFound("tenantId", $"Tenant '{tenantId}' is not linked with tenant '{actor.TenantId}' (R2).");
        }

        if (State.TenantLinks.Unlink(tenantId))
        {
            await WriteAsync();
        }

        return [.. State.TenantLinks.Visible(actor.TenantId).Order(StringComparer.Ordinal)];
    }

    public Task<bool> KnowsAddress(string email)
    {
        var address = email.Trim().ToLowerInvariant();
        return Task.FromResult(State.KnownAddresses.Contains(address)
            || (State.Partner?.ReferralAdminEmails.Any(a => string.Equals(a.Trim(), address, StringComparison.OrdinalIgnoreCase)) ?? false));
    }

    public Task<bool> SharesInbox(string tenantId, string inboxTenantId) =>
        Task.FromResult(State.Partner is { } partner && partner.Tenants.Any(t => t.Id == tenantId)
            && State.TenantLinks.Visible(tenantId).Contains(inboxTenantId));

    public async Task<IReadOnlyDictionary<string, SalesStage>> SetStageMappings(Actor actor, IReadOnlyDictionary<string, SalesStage> mappings)
    {
        EnsureMember(actor);
        if (!actor.Has(Role.PartnerAdmin))
        {
            throw CoSellException.AccessDenied("role", "Stage mappings need the PartnerAdmin role (R3, R38).");
        }

        State.StageMappings = CrmStageMappings.Validate(mappings);
        await WriteAsync();
        return State.StageMappings;
    }

    public Task<IReadOnlyDictionary<string, SalesStage>> GetStageMappings() =>
        Task.FromResult<IReadOnlyDictionary<string, SalesStage>>(new Dictionary<string, SalesStage>(State.StageMappings, StringComparer.OrdinalIgnoreCase));

    public Task<IReadOnlyList<string>> GetVisibleTenants(Actor actor)
    {
        EnsureMember(actor);
        return Task.FromResult<IReadOnlyList<string>>([.. State.TenantLinks.Visible(actor.TenantId).Order(StringComparer.Ordinal)]);
    }

    protected override Originator EnsureOriginator(Actor actor)
    {
        var partner = EnsureMember(actor);
        if (!actor.CanWorkReferrals)
        {
            throw CoSellException.AccessDenied("role", "Creating and inviting needs the PartnerAdmin or ReferralAdmin role (R3).");
        }

        return new Originator(partner.Id, partner.Name, actor.TenantId, null, partner.SolutionAssessmentVetted);
    }

    /// <summary>A user sees the inbox of its own tenant and of every tenant linked with it (R2).</summary>
    protected override IReadOnlySet<string>? EnsureReader(Actor actor)
    {
        EnsureMember(actor);
        ReferralGuards.EnsureHasRole(actor);
        return State.TenantLinks.Visible(actor.TenantId);
    }

    private PartnerProfile EnsureMember(Actor actor)
    {
        if (actor.OrganizationId != Key)
        {
            throw CoSellException.NotFound("organizationId", $"Partner '{Key}' was not found.");
        }

        var partner = State.Partner ?? throw CoSellException.NotFound("organizationId", $"Partner '{Key}' is not registered in the co-sell ecosystem (R1).");
        if (partner.Tenants.All(t => t.Id != actor.TenantId))
        {
            throw CoSellException.AccessDenied("tenantId", $"Tenant '{actor.TenantId}' does not belong to partner '{Key}' (R2).");
        }

        return partner;
    }
}
