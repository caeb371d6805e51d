using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;
using CoSell.Grains.Observability;
using CoSell.Grains.Options;
using CoSell.Grains.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoSell.Grains.Desks;

/// <summary>
/// A Microsoft seller (R4, R5, R22): its profile and territory, the co-sell requests routed to it, and the deals
/// it creates to invite partners (inbound co-sell). The fallback queue is a seller desk with no profile.
/// </summary>
public sealed class SellerGrain(
    [PersistentState("seller", StorageNames.Default)] IPersistentState<DeskState> store,
    DeskServices services,
    IOptions<CoSellOptions> options,
    ILogger<SellerGrain> logger) : Grain, ISellerGrain, IDeskInbox, IRemindable, IDeskOwner, IQueueRecipients, ISharedRequests
{
    private readonly CoalescingStateWriter<DeskState> _writer = new(store);
    private ReferralDesk _desk = null!;

    private DeskState State => store.State;

    private string Key => this.GetPrimaryKeyString();

    public (string OrganizationId, string? SellerId) Owner => (Organizations.Microsoft, Key);

    public TimeSpan ResponseWindow(InboundReferralDraft draft) => options.Value.Windows.SellerDecision;

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

    public async Task<SellerProfile> Register(Actor actor, SellerProfile profile)
    {
        if (!actor.IsOperator)
        {
            throw CoSellException.AccessDenied("role", "Registering sellers needs the Operator role of organization msft (R3).");
        }

        SellerRegistration.EnsureValid(profile, Key);
        State.Seller = profile;
        await _writer.WriteAsync();
        await GrainFactory.GetGrain<ISellerDirectoryGrain>(DirectoryKeys.Default).Upsert(profile);
        return profile;
    }

    public Task<SellerProfile?> GetProfile() => Task.FromResult(State.Seller);

    public async Task<QueueOwners> SetQueueOwners(Actor actor, QueueOwners owners)
    {
        EnsureQueueOperator(actor);
        var named = owners?.SellerIds?.Where(id => id is not null).Select(id => id.Trim()).ToArray() ?? [];
        var registered = await GrainFactory.GetGrain<Directory.ISellerDirectoryGrain>(DirectoryKeys.Default).Profiles(named);
        State.QueueOwners = QueueOwnership.Normalize(owners, registered.Select(p => p.Id).ToHashSet(StringComparer.Ordinal));
        await _writer.WriteAsync();
        return State.QueueOwners;
    }

    public Task<QueueOwners> GetQueueOwners(Actor actor)
    {
        EnsureQueueOperator(actor);
        return Task.FromResult(State.QueueOwners ?? QueueOwners.None);
    }

    public async Task<IReadOnlyList<string>> Recipients()
    {
        if (State.QueueOwners is not { } owners)
        {
            return [];
        }

        var sellers = await GrainFactory.GetGrain<Directory.ISellerDirectoryGrain>(DirectoryKeys.Default).Profiles(owners.SellerIds);
        return [.. sellers.Select(s => s.Email).Concat(owners.Emails).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public Task Share(SharedRequest request, string engagementKey) => Shared.ShareAsync(request, engagementKey);

    public Task<string?> FindShared(Actor actor, string referralId)
    {
        EnsureSelf(actor);
        return Shared.FindAsync(Ids.Ensure(referralId, "referralId"));
    }

    public Task<IReadOnlyList<SharedRequest>> ListShared(Actor actor)
    {
        EnsureSelf(actor);
        return Shared.ListAsync();
    }

    private SharedRequestRows Shared => new(GrainFactory, services.Partitions, Key);

    private void EnsureSelf(Actor actor)
    {
        if (ReferralKeys.OwnerOf(actor) != ReferralKeys.Owner(Organizations.Microsoft, Key) || !actor.Has(Role.MicrosoftSeller))
        {
            throw CoSellException.AccessDenied("sellerId", "Only the seller itself reads the requests it joined (R3).");
        }
    }

    private void EnsureQueueOperator(Actor actor)
    {
        if (!actor.IsOperator)
        {
            throw CoSellException.AccessDenied("role", "The fallback queue's owners are set by Microsoft's Operators (R3, R4).");
        }

        if (Key != Organizations.FallbackSellerQueue)
        {
            throw CoSellException.NotFound("queueId", $"'{Key}' is a seller, not the fallback queue '{Organizations.FallbackSellerQueue}'.");
        }
    }

    /// <summary>Only partners' figures rank a search (R37); a seller's are read, not reported.</summary>
    public Task OnResponsivenessChanged(ResponsivenessStats stats) => Task.CompletedTask;

    public Originator EnsureOriginator(Actor actor)
    {
        // Only the seller itself creates and invites from its desk: an Operator never acts as a seller (R3).
        EnsureSeller(actor);
        if (Key == Organizations.FallbackSellerQueue || State.Seller is null)
        {
            throw CoSellException.NotFound("sellerId", $"Seller '{Key}' is not registered (R4).");
        }

        return new Originator(Organizations.Microsoft, "Microsoft", Key, Key, false);
    }

    /// <summary>The seller reads its own desk; Microsoft's Operators read the fallback queue, which no seller owns (R4).</summary>
    public IReadOnlySet<string>? EnsureReader(Actor actor)
    {
        if (!(Key == Organizations.FallbackSellerQueue && actor.IsOperator))
        {
            EnsureSeller(actor);
        }

        return null;
    }

    private void EnsureSeller(Actor actor)
    {
        if (!actor.IsMicrosoft || !actor.Has(Role.MicrosoftSeller) || actor.SellerId != Key)
        {
            throw CoSellException.NotFound("sellerId", $"Seller '{Key}' was not found.");
        }
    }
}
