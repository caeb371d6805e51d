namespace CoSell.Client;

/// <summary>
/// The typed client library (R39): every operation of the engine, for any front-end holding a grain factory
/// (an <see cref="IClusterClient"/> or a silo's own). Each call names the <see cref="Actor"/> it acts as;
/// failures arrive as <see cref="CoSellException"/> with a stable code and target (R41).
/// </summary>
public sealed class CoSellClient(IGrainFactory grains)
{
    // Directory (Operator writes; anyone searches).
    public Task<PartnerProfile> RegisterPartner(Actor actor, PartnerProfile profile) =>
        grains.GetGrain<IPartnerGrain>(Ids.Ensure(profile?.Id, "partnerId")).Register(actor, profile!);

    public Task<PartnerProfile?> GetPartner(string partnerId) => grains.GetGrain<IPartnerGrain>(Ids.Ensure(partnerId, "partnerId")).GetProfile();

    /// <summary>Public partner cards (R1, R37): at least 3 characters of text, paged.</summary>
    public Task<PartnerSearchPage> SearchPartners(string? text, int top = 25, string? continuationToken = null) =>
        grains.GetGrain<IPartnerDirectoryGrain>(DirectoryKeys.Default).Search(text, top, continuationToken);

    public Task<Customer> RegisterCustomer(Actor actor, Customer customer) =>
        grains.GetGrain<ICustomerDirectoryGrain>(DirectoryKeys.Default).Register(actor, customer);

    public Task<IReadOnlyList<Customer>> SearchCustomers(string? name, string? country = null, string? city = null, int top = 25) =>
        grains.GetGrain<ICustomerDirectoryGrain>(DirectoryKeys.Default).Search(name, country, city, top);

    public Task<Solution> RegisterSolution(Actor actor, Solution solution) =>
        grains.GetGrain<ISolutionCatalogGrain>(DirectoryKeys.Default).Register(actor, solution);

    public Task<IReadOnlyList<Solution>> ListSolutions(string? publisherId = null, SolutionKind? kind = null) =>
        grains.GetGrain<ISolutionCatalogGrain>(DirectoryKeys.Default).List(publisherId, kind);

    public Task<SellerProfile> RegisterSeller(Actor actor, SellerProfile profile) =>
        grains.GetGrain<ISellerGrain>(Ids.Ensure(profile?.Id, "sellerId")).Register(actor, profile!);

    /// <summary>Operator: every registered seller with its territory and open co-sell requests (R4).</summary>
    public Task<IReadOnlyList<SellerListing>> ListSellers(Actor actor) => grains.GetGrain<ISellerRosterGrain>(DirectoryKeys.Default).List(actor);

    /// <summary>Operator: who is mailed when a request lands in the fallback queue (R4).</summary>
    public Task<QueueOwners> SetQueueOwners(Actor actor, QueueOwners owners) =>
        grains.GetGrain<ISellerGrain>(Organizations.FallbackSellerQueue).SetQueueOwners(actor, owners);

    public Task<QueueOwners> GetQueueOwners(Actor actor) => grains.GetGrain<ISellerGrain>(Organizations.FallbackSellerQueue).GetQueueOwners(actor);

    /// <summary>
    /// Operator: assign an open co-sell request, wherever it waits (the fallback queue or a seller), to a seller (R4, R22).
    /// Returns the request as that seller now holds it.
    /// </summary>
    public async Task<ReferralSummary> AssignRequest(Actor actor, string referralId, string sellerId)
    {
        var current = await grains.GetGrain<ISellerRosterGrain>(DirectoryKeys.Default).Locate(actor, Ids.Ensure(referralId, "referralId"));
        return await grains.GetGrain<IReferralGrain>(ReferralKeys.For(Organizations.Microsoft, current, referralId)).Assign(actor, sellerId);
    }

    public Task<SellerProfile?> GetSeller(string sellerId) => grains.GetGrain<ISellerGrain>(Ids.Ensure(sellerId, "sellerId")).GetProfile();

    // Referrals.
    public Task<Referral> CreateReferral(Actor actor, CreateReferralRequest request, string? idempotencyKey = null) =>
        DeskOf(actor).CreateReferral(actor, request, idempotencyKey);

    public Task<Referral> Invite(Actor actor, string referralId, InvitationRequest invitation, string? ifMatch = null) =>
        DeskOf(actor).Invite(actor, Ids.Ensure(referralId, "referralId"), invitation, ifMatch);

    public Task<ReferralPage> ListReferrals(Actor actor, ReferralQuery query) => DeskOf(actor).ListReferrals(actor, query);

    public Task SetFavorite(Actor actor, string referralId, bool favorite) => DeskOf(actor).SetFavorite(actor, Ids.Ensure(referralId, "referralId"), favorite);

    public Task<Referral> GetReferral(Actor actor, string referralId) => Readable(actor, referralId, r => r.Get(actor));

    public Task<IReadOnlyList<HistoryEntry>> GetHistory(Actor actor, string referralId) => Readable(actor, referralId, r => r.GetHistory(actor));

    /// <summary>Copy a closed referral as a new private deal (issue 16, point 6; R26: the closed one stays closed).</summary>
    public Task<Referral> CopyAsNew(Actor actor, string referralId, CopyReferralRequest? request = null) =>
        Referral(actor, referralId).CopyAsNew(actor, request ?? new CopyReferralRequest());

    /// <summary>The engagement's shared notes the caller's organization may read, oldest first (issue 16, point 4).</summary>
    public Task<IReadOnlyList<EngagementNote>> GetNotes(Actor actor, string referralId) => Readable(actor, referralId, r => r.GetNotes(actor));

    /// <summary>Write a note on the engagement's shared thread of the caller's referral; the other parties are told.</summary>
    public Task<EngagementNote> AddNote(Actor actor, string referralId, string text) => Readable(actor, referralId, r => r.AddNote(actor, text));

    /// <summary>A seller: the co-sell requests it joined as a colleague (R22), latest first; each opens with <see cref="GetReferral"/>.</summary>
    public Task<IReadOnlyList<SharedRequest>> ListSharedRequests(Actor actor) =>
        grains.GetGrain<ISellerGrain>(actor.SellerId ?? throw CoSellException.AccessDenied("sellerId", "Only a Microsoft seller joins requests as a colleague (R22).")).ListShared(actor);

    /// <summary>The seller of a co-sell request adds a registered colleague to Microsoft's side; the partner sees each (R28).</summary>
    public Task<Referral> AddColleague(Actor actor, string referralId, string sellerId, string? ifMatch = null) =>
        Referral(actor, referralId).AddColleague(actor, sellerId, ifMatch);

    public Task<Referral> Update(Actor actor, string referralId, UpdateReferralRequest request) => Referral(actor, referralId).Update(actor, request);

    public Task<Referral> Accept(Actor actor, string referralId, AcceptReferralRequest? request = null) =>
        Referral(actor, referralId).Accept(actor, request ?? new AcceptReferralRequest());

    public Task<Referral> Decline(Actor actor, string referralId, DeclineReferralRequest request) => Referral(actor, referralId).Decline(actor, request);

    public Task<Referral> Close(Actor actor, string referralId, CloseReferralRequest request) => Referral(actor, referralId).Close(actor, request);

    public Task<IReadOnlyDictionary<string, SalesStage>> SetStageMappings(Actor actor, IReadOnlyDictionary<string, SalesStage> mappings) =>
        grains.GetGrain<IPartnerGrain>(actor.OrganizationId).SetStageMappings(actor, mappings);

    public Task<IReadOnlyDictionary<string, SalesStage>> GetStageMappings(Actor actor) =>
        grains.GetGrain<IPartnerGrain>(actor.OrganizationId).GetStageMappings();

    public Task<IReadOnlyList<string>> LinkTenant(Actor actor, string tenantId) => grains.GetGrain<IPartnerGrain>(actor.OrganizationId).LinkTenant(actor, tenantId);

    public Task<IReadOnlyList<string>> UnlinkTenant(Actor actor, string tenantId) => grains.GetGrain<IPartnerGrain>(actor.OrganizationId).UnlinkTenant(actor, tenantId);

    public Task<IReadOnlyList<string>> GetVisibleTenants(Actor actor) => grains.GetGrain<IPartnerGrain>(actor.OrganizationId).GetVisibleTenants(actor);

    public async Task<RegistrationView> GetRegistration(Actor actor, string referralId) => await (await Registered(actor, referralId)).GetRegistration(actor);

    /// <summary>Submit or resubmit a won deal's registration (R31); <paramref name="ifMatch"/>: the ETag last read (R40).</summary>
    public Task<RegistrationView> SubmitRegistration(Actor actor, string referralId, RegistrationRequest request, string? ifMatch = null) =>
        Referral(actor, referralId).SubmitRegistration(actor, request, ifMatch);

    /// <summary>An Operator's review (R31); <paramref name="ifMatch"/>: the ETag last read (R40).</summary>
    public async Task<RegistrationView> ReviewRegistration(Actor actor, string referralId, RegistrationReview review, string? ifMatch = null) =>
        await (await Registered(actor, referralId)).ReviewRegistration(actor, review, ifMatch);

    /// <summary>Operator: registrations by status, oldest update first (R31).</summary>
    public Task<IReadOnlyList<RegistrationQueueEntry>> ListRegistrations(Actor actor, RegistrationStatus? status = null) =>
        grains.GetGrain<IRegistrationQueueGrain>(DirectoryKeys.Default).List(actor, status);

    /// <summary>How the caller's organization answers inbound referrals (R37).</summary>
    public Task<ResponsivenessStats> GetResponsiveness(Actor actor) => DeskOf(actor).GetResponsiveness();

    /// <summary>
    /// The caller's insights as they stand: open pipeline by stage per currency, win rate, time to respond (mean and
    /// median, R37), and the received referrals expiring within <paramref name="expiringWithinDays"/> (1–30).
    /// </summary>
    public Task<OrganizationInsights> GetInsights(Actor actor, int expiringWithinDays = 3) => DeskOf(actor).GetInsights(actor, expiringWithinDays);

    public Task<IReadOnlyList<Contact>> GetRecentContacts(Actor actor) => grains.GetGrain<IPartnerGrain>(actor.OrganizationId).GetRecentContacts(actor);

    /// <summary>The caller's organization's recorded notifications that it may read (R34), oldest first; a seller's own only.</summary>
    public Task<IReadOnlyList<Notification>> GetNotifications(Actor actor) =>
        grains.GetGrain<INotificationOutboxGrain>(ReferralKeys.OwnerOf(actor)).List(actor);

    /// <summary>Where each of those notification e-mails stands (R34).</summary>
    public Task<IReadOnlyList<NotificationDelivery>> GetNotificationDeliveries(Actor actor) =>
        grains.GetGrain<INotificationOutboxGrain>(ReferralKeys.OwnerOf(actor)).GetDeliveries(actor);

    /// <summary>Stop e-mail to an address (R34).</summary>
    public Task OptOut(Actor actor, string email) => grains.GetGrain<IContactPreferencesGrain>(DirectoryKeys.Default).OptOut(actor, email);

    /// <summary>One-click unsubscribe with a mail's signed link token; returns the address that was opted out.</summary>
    public Task<string> Unsubscribe(string token) => grains.GetGrain<IContactPreferencesGrain>(DirectoryKeys.Default).Unsubscribe(token);

    public Task OptIn(Actor actor, string email) => grains.GetGrain<IContactPreferencesGrain>(DirectoryKeys.Default).OptIn(actor, email);

    /// <summary>
    /// The organization's change feed after <paramref name="after"/> (null: from the oldest kept), oldest first: every
    /// change its webhooks would carry, each with its cursor; resume from the page's cursor.
    /// </summary>
    public Task<ChangeFeedPage> ReadEvents(Actor actor, string? after = null, int top = ChangeFeedPage.DefaultTop) =>
        grains.GetGrain<IChangeFeedGrain>(actor.OrganizationId).Read(actor, after, top);

    /// <summary>
    /// Start importing <paramref name="rows"/> (read with <c>ReferralImportCsv.Read</c>), or with <paramref name="dryRun"/>
    /// only check them; answers at once. Poll <see cref="GetImport"/> (or <c>ReferralImports.WaitAsync</c>) until it completes.
    /// </summary>
    public Task<ReferralImport> StartImport(Actor actor, IReadOnlyList<ImportRow> rows, bool dryRun, string? importId = null) =>
        Import(actor, importId ?? Guid.NewGuid().ToString("N")).Start(actor, rows, dryRun);

    /// <summary>An import as it stands: its progress and each processed row's outcome.</summary>
    public Task<ReferralImport> GetImport(Actor actor, string importId) => Import(actor, importId).Get(actor);

    private IReferralImportGrain Import(Actor actor, string importId) =>
        grains.GetGrain<IReferralImportGrain>(ReferralKeys.Of(actor, Ids.Ensure(importId, "importId")));

    /// <summary>The newest changes of the organization's feed the caller may see, and the cursor to follow on from.</summary>
    public Task<ChangeFeedPage> ReadLatestEvents(Actor actor, int top = ChangeFeedPage.DefaultTop) =>
        grains.GetGrain<IChangeFeedGrain>(actor.OrganizationId).Latest(actor, top);

    // Webhooks (R36), per organization.
    public Task<Webhook> RegisterWebhook(Actor actor, WebhookRequest request) => Webhooks(actor).Register(actor, request);

    public Task<IReadOnlyList<Webhook>> ListWebhooks(Actor actor) => Webhooks(actor).List(actor);

    public Task DeleteWebhook(Actor actor, string webhookId) => Webhooks(actor).Delete(actor, webhookId);

    public Task<IReadOnlyList<WebhookDelivery>> GetWebhookDeliveries(Actor actor, string webhookId) => Webhooks(actor).GetDeliveries(actor, webhookId);

    private IWebhookGrain Webhooks(Actor actor) => grains.GetGrain<IWebhookGrain>(actor.OrganizationId);

    /// <summary>Succeeds only when a silo answers and grain storage answers a read.</summary>
    public Task Probe() => grains.GetGrain<IHealthProbeGrain>(DirectoryKeys.Default).Probe();

    /// <summary>The referral as the caller addresses it: only its own organization's (or seller's) can answer (R2, R3).</summary>
    private IReferralGrain Referral(Actor actor, string referralId) => grains.GetGrain<IReferralGrain>(ReferralKeys.Of(actor, Ids.Ensure(referralId, "referralId")));

    /// <summary>
    /// A referral of the caller's own or, for a Microsoft seller, a co-sell request it joined as a colleague (R22): that
    /// one lives with the seller holding it, whose grain decides whether the caller may read it. Only a miss in the
    /// caller's own partition costs the lookup.
    /// </summary>
    private async Task<T> Readable<T>(Actor actor, string referralId, Func<IReferralGrain, Task<T>> read)
    {
        try
        {
            return await read(Referral(actor, referralId));
        }
        catch (CoSellException e) when (e.Code == ErrorCode.NotFound && actor is { IsMicrosoft: true, SellerId: { } sellerId })
        {
            var holder = await grains.GetGrain<ISellerGrain>(sellerId).FindShared(actor, referralId);
            if (holder is null || holder == sellerId)
            {
                throw;
            }

            return await read(grains.GetGrain<IReferralGrain>(ReferralKeys.For(Organizations.Microsoft, holder, referralId)));
        }
    }

    /// <summary>An Operator reviews any organization's submitted registration (R31): the registration queue knows whose it is.</summary>
    private async Task<IReferralGrain> Registered(Actor actor, string referralId)
    {
        if (actor.IsOperator && await grains.GetGrain<IRegistrationQueueGrain>(DirectoryKeys.Default).OrganizationOf(Ids.Ensure(referralId, "referralId")) is { } organizationId)
        {
            return grains.GetGrain<IReferralGrain>(ReferralKeys.For(organizationId, null, referralId));
        }

        return Referral(actor, referralId);
    }

    /// <summary>The caller's desk: its organization's, a seller's own, or for an Operator the fallback queue it works (R4).</summary>
    private IReferralDesk DeskOf(Actor actor) => actor.IsMicrosoft
        ? grains.GetGrain<ISellerGrain>(actor.SellerId ?? (actor.IsOperator
            ? Organizations.FallbackSellerQueue
            : throw CoSellException.AccessDenied("seller", "A Microsoft caller needs a seller id.")))
        : grains.GetGrain<IPartnerGrain>(actor.OrganizationId);
}
