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
    DeskServices services,
    IOptions<CoSellOptions> options,
    ILogger<PartnerGrain> logger) : Grain, IPartnerGrain, IDeskInbox, IPartnerRecords, IRemindable, IDeskOwner
{
    private readonly CoalescingStateWriter<DeskState> _writer = new(store);
    private ReferralDesk _desk = null!;

    private DeskState State => store.State;

    private string Key => this.GetPrimaryKeyString();

    public (string OrganizationId, string? SellerId) Owner => (Key, null);

    public TimeSpan ResponseWindow(InboundReferralDraft draft) => options.Value.Windows.InboundResponse;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _desk = new ReferralDesk(this, this, GrainFactory, services, logger);
        return _desk.ActivateAsync();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _desk.DeactivateAsync();

    public Task<Referral> CreateReferral(Actor actor, CreateReferralRequest request, string? idempotencyKey = null) => _desk.CreateReferral(actor, request, idempotencyKey);

    public Task CheckCreate(Actor actor, CreateReferralRequest request) => _desk.CheckCreate(actor, request);

    public Task<Referral> Invite(Actor actor, string referralId, InvitationRequest invitation, string? ifMatch = null) => _desk.Invite(actor, referralId, invitation, ifMatch);

    public Task<ReferralPage> ListReferrals(Actor actor, ReferralQuery query) => _desk.ListReferrals(actor, query);

    public Task SetFavorite(Actor actor, string referralId, bool favorite) => _desk.SetFavorite(actor, referralId, favorite);

    public Task<ResponsivenessStats> GetResponsiveness() => _desk.GetResponsiveness();

    public Task<OrganizationInsights> GetInsights(Actor actor, int expiringWithinDays = 3) => _desk.GetInsights(actor, expiringWithinDays);

    public Task Receive(InboundReferralDraft draft, EngagementView? engagement = null) => _desk.Receive(draft, engagement);

    public Task Answered() => _desk.Answered();

    public Task ReceiveMoved(ReferralState moved) => _desk.ReceiveMoved(moved);

    public Task ExpectPublication() => _desk.ExpectPublication();

    public Task Published(string referralId, long version) => _desk.Published(referralId, version);

    public Task ReceiveReminder(string reminderName, TickStatus status) => _desk.ReceiveReminder(reminderName);

    public async Task<PartnerProfile> Register(Actor actor, PartnerProfile profile)
    {
        if (!actor.IsOperator)
        {
            throw CoSellException.AccessDenied("role", "Registering partners needs the Operator role of organization msft (R3).");
        }

        PartnerRegistration.EnsureValid(profile, Key);

        // The directory first: it rejects a tenant another partner owns (R2) before this partner takes it.
        await GrainFactory.GetGrain<IPartnerDirectoryRecords>(DirectoryKeys.Default).Upsert(profile);
        State.Partner = profile;
        await _writer.WriteAsync();
        return profile;
    }

    public Task<PartnerProfile?> GetProfile() => Task.FromResult(State.Partner);

    public Task OnResponsivenessChanged(ResponsivenessStats stats) =>
        GrainFactory.GetGrain<IPartnerDirectoryRecords>(DirectoryKeys.Default).ReportResponsiveness(Key, stats);

    public async Task<IReadOnlyList<Contact>> GetRecentContacts(Actor actor)
    {
        EnsureReader(actor);
        // Rows since issue 16; the list the desk state kept before is read after them until it ages out.
        var recent = await ContactRows.RecentAsync(services.Partitions, PartitionKeys.Partner(Key), RecentContacts.Capacity);
        return [.. recent.Concat(State.RecentContacts).DistinctBy(c => c.Email.Trim().ToLowerInvariant()).Take(RecentContacts.Capacity)];
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
        await _writer.WriteAsync();
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
            await _writer.WriteAsync();
        }

        return [.. State.TenantLinks.Visible(actor.TenantId).Order(StringComparer.Ordinal)];
    }

    public async Task<bool> KnowsAddress(string email)
    {
        var address = email.Trim().ToLowerInvariant();
        return State.KnownAddresses.Contains(address)
            || (State.Partner?.ReferralAdminEmails.Any(a => string.Equals(a.Trim(), address, StringComparison.OrdinalIgnoreCase)) ?? false)
            || await ContactRows.KnowsAsync(services.Partitions, PartitionKeys.Partner(Key), address);
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
        await _writer.WriteAsync();
        return State.StageMappings;
    }

    public Task<IReadOnlyDictionary<string, SalesStage>> GetStageMappings() =>
        Task.FromResult<IReadOnlyDictionary<string, SalesStage>>(new Dictionary<string, SalesStage>(State.StageMappings, StringComparer.OrdinalIgnoreCase));

    public Task<IReadOnlyList<string>> GetVisibleTenants(Actor actor)
    {
        EnsureMember(actor);
        return Task.FromResult<IReadOnlyList<string>>([.. State.TenantLinks.Visible(actor.TenantId).Order(StringComparer.Ordinal)]);
    }

    public Originator EnsureOriginator(Actor actor)
    {
        var partner = EnsureMember(actor);
        if (!actor.CanWorkReferrals)
        {
            throw CoSellException.AccessDenied("role", "Creating and inviting needs the PartnerAdmin or ReferralAdmin role (R3).");
        }

        return new Originator(partner.Id, partner.Name, actor.TenantId, null, partner.SolutionAssessmentVetted);
    }

    /// <summary>A user sees the inbox of its own tenant and of every tenant linked with it (R2).</summary>
    public IReadOnlySet<string>? EnsureReader(Actor actor)
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
