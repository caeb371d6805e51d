using CoSell.Grains.Domain;
using CoSell.Grains.Engagements;
using CoSell.Grains.Observability;
using CoSell.Grains.Referrals;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Desks;

/// <summary>
/// A desk's outbound work: loading what a create needs from the directories, writing a new referral as one
/// transaction with its engagement and delivery relay, routing co-sell requests to a seller (R4, R22), and delivering
/// invitations to the invitees' desks (R18). Each step is idempotent, so a relay carried out twice changes nothing.
/// </summary>
public sealed class DeskFanOut(
    IGrainFactory grains, IPartitionStore partitions, (string OrganizationId, string? SellerId) owner, ReferralPublisher publisher, DeskRelays relays,
    TimeProvider clock, CoSellMetrics metrics, string fallbackQueue)
{
    private readonly string partitionKey = PartitionKeys.Owner(owner.OrganizationId, owner.SellerId);

    public async Task<CreationContext> LoadContextAsync(CreateReferralRequest request, string referralId, Originator originator, Actor actor)
    {
        var invitations = request.Invitations ?? [];
        var solutionIds = (request.Solutions ?? []).Concat(invitations.SelectMany(i => i?.Solutions ?? []))
            .Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().ToArray();
        var partnerIds = invitations.Select(i => i?.Invitee).OfType<string>()
            .Where(id => id != Organizations.Microsoft && !string.IsNullOrWhiteSpace(id)).Distinct().ToArray();
        var customerId = request.Customer?.CustomerId;

        var customer = string.IsNullOrWhiteSpace(customerId)
            ? Task.FromResult<Customer?>(null)
            : grains.GetGrain<ICustomerLookup>(DirectoryKeys.Default).Get(customerId);
        var solutions = solutionIds.Length == 0
            ? Task.FromResult<IReadOnlyList<Solution>>([])
            : grains.GetGrain<ISolutionLookup>(DirectoryKeys.Default).Get(solutionIds);
        var partners = partnerIds.Length == 0
            ? Task.FromResult<IReadOnlyList<PartnerProfile>>([])
            : grains.GetGrain<IPartnerDirectoryRecords>(DirectoryKeys.Default).Get(partnerIds);

        return new CreationContext(
            referralId, originator.OrganizationId, originator.OrganizationName, originator.TenantId, originator.SellerId,
            originator.SolutionAssessmentVetted, actor.UserId,
            await customer, (await solutions).ToDictionary(s => s.Id), (await partners).ToDictionary(p => p.Id), clock.GetUtcNow());
    }

    /// <summary>
    /// Store a new outbound referral in one transaction: its state and view rows, its engagement with every receipt
    /// already shown (so each party's publication sees every other party, R28), one relay for its deliveries, and one
    /// for its publication when there is anything to publish.
    /// </summary>
    public async Task<(ReferralCreatedRows Created, EngagementView Engagement)> WriteCreatedAsync(OutboundReferralDraft draft)
    {
        var state = new ReferralState();
        OutboundReferral.Create(state, draft, clock.GetUtcNow());
        var others = OpenDealsAsync(state.CustomerProfile!.CustomerId);
        var deliveries = await Task.WhenAll(OutboundReferral.Deliveries(state).Select(RouteAsync));
        var engagement = new EngagementState();
        engagement.Report(ReferralProjection.ToEngagementEntry(state));
        foreach (var delivery in deliveries)
        {
            engagement.Report(InboundResponse.ReceiptEntry(delivery));
        }

        var view = engagement.View(state.Id);
        state.PublishedVersion = state.Version;
        var writes = ReferralRows.Inserts(state);
        writes.Add(EngagementRow.Insert(state.Id, engagement));
        if (deliveries.Length > 0)
        {
            writes.Add(DeskRelays.Deliver(state.Id, state.Id, deliveries.Select(d => d.Id)));
        }

        // Every change is published: its change-feed entry at least (webhooks and notifications when there are any).
        writes.Add(DeskRelays.Publish(state.Id, []));
        writes.AddRange(ContactRows.Writes([.. state.Team, .. state.Invitations.SelectMany(i => i.InvitingTeam)], state.CreatedAt));

        await partitions.SubmitAsync(partitionKey, writes);
        metrics.Created.Add(1);
        IReadOnlyList<ReferralWarning> warnings = [.. DuplicateDeals.Warnings(state, await others), .. new[] { CoSellReadiness.PrivateNotRegistrable(state) }.OfType<ReferralWarning>()];
        return (new ReferralCreatedRows(state, deliveries, warnings), view);
    }

    /// <summary>This partition's open deals for <paramref name="customerId"/> (issue 16, point 3): its customer rows, page by page.</summary>
    private async Task<List<OpenCustomerDeal>> OpenDealsAsync(string customerId) =>
        [.. CustomerDealRow.Open(await partitions.ReadAllAsync(partitionKey, RowKeys.CustomerDeals(customerId)))];

    /// <summary>Deliver invitations, each to its invitee's desk (R18); a repeated delivery changes nothing.</summary>
    public async Task DeliverAsync(IReadOnlyList<InboundReferralDraft> unrouted, EngagementView? engagement)
    {
        var deliveries = await Task.WhenAll(unrouted.Select(RouteAsync));
        await Task.WhenAll(deliveries.Select(d => Desks.For(grains, d.OrganizationId, d.SellerId).Receive(d, engagement)));
    }

    /// <summary>Deliver a relay's invitations, then mark the relay done; deletes are written a batch at a time.</summary>
    public async Task DeliverRelayAsync(string relayId, IReadOnlyList<InboundReferralDraft> drafts, EngagementView? engagement)
    {
        await DeliverAsync(drafts, engagement);
        relays.Delivered(relayId);

        if (relays.ShouldFlush)
        {
            await relays.FlushAsync();
        }
    }

    /// <summary>
    /// Carry out every relay left in the partition (by a crash, or a call that failed midway) and delete them; returns
    /// how many deliveries (invitations, and requests an Operator moved to another seller) and publications there were.
    /// <paramref name="beforeWork"/> runs first when there are any.
    /// </summary>
    public async Task<(int Deliveries, int Publications)> ResumeAsync(DeskViews views, Func<string, IDeskReferral> referralOf, Func<Task> beforeWork)
    {
        var deliveries = await relays.PendingDeliveriesAsync();
        var publications = await relays.PendingPublicationsAsync();
        var moves = await relays.PendingMovesAsync();
        var notes = await relays.PendingNoteEngagementsAsync();
        if (deliveries.Count == 0 && publications.Count == 0 && moves.Count == 0 && notes.Count == 0)
        {
            return (0, 0);
        }

        await beforeWork();
        foreach (var engagementId in notes)
        {
            // Notes written in an engagement of this partition whose parties were not all told (issue 16, point 4).
            await grains.GetGrain<IEngagementGrain>(ReferralKeys.For(owner.OrganizationId, owner.SellerId, engagementId)).FinishNotes();
        }

        foreach (var referralId in moves)
        {
            // The referral deletes the relay with its rows once the request is in the target seller's desk.
            await referralOf(referralId).FinishMove();
        }

        foreach (var relay in deliveries)
        {
            await DeliverRelayAsync(relay.RelayId, await DraftsOfAsync(views, relay), engagement: null);
        }

        foreach (var (rowKey, referralId, notifications) in publications)
        {
            if (await views.ReadStateAsync(referralId) is { } state)
            {
                await publisher.PublishAsync(state, state.Version, statusChanged: true, notifications);
            }

            relays.Finished(rowKey);
        }

        await relays.FlushAsync();
        return (deliveries.Count + moves.Count, publications.Count + notes.Count);
    }

    /// <summary>
    /// The invitations a relay names, as their inbound referrals, from the referral's state row (written in the same
    /// transaction as the relay, so it is there). Routing them again gives the same sellers (the directory's assignment
    /// is kept per request).
    /// </summary>
    public async Task<IReadOnlyList<InboundReferralDraft>> DraftsOfAsync(DeskViews views, DeliveryRelay relay) =>
        await views.ReadStateAsync(relay.ReferralId) is { } state
            ? [.. OutboundReferral.Deliveries(state).Where(d => relay.InboundIds.Contains(d.Id))]
            : [];

    /// <summary>R4, R22: a co-sell request goes to a seller of the customer's country (the same one when asked again).</summary>
    public async Task<InboundReferralDraft> RouteAsync(InboundReferralDraft delivery)
    {
        if (delivery.OrganizationId != Organizations.Microsoft || delivery.SellerId is not null)
        {
            return delivery;
        }

        var sellerId = await grains.GetGrain<ISellerDirectoryGrain>(DirectoryKeys.Default).Assign(delivery.Id, delivery.CustomerProfile.Address.Country, fallbackQueue,
            new OpenRequest(delivery.CustomerProfile.CustomerId, delivery.InviteContext.InvitedByOrganizationId));
        // A seller is mailed itself; a request landing in the fallback queue mails the queue's owners.
        IReadOnlyList<string> recipients = await grains.GetGrain<ISellerGrain>(sellerId).GetProfile() is { } seller
            ? [seller.Email]
            : await grains.GetGrain<IQueueRecipients>(sellerId).Recipients();
        return delivery with
        {
            SellerId = sellerId,
            TenantId = sellerId,
            NotifyEmails = [.. recipients, .. delivery.NotifyEmails],
        };
    }
}
