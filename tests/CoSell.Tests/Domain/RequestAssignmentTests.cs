using CoSell.Grains.Domain;
using CoSell.Testing;
using static CoSell.Tests.Domain.DomainFixtures;

namespace CoSell.Tests.Domain;

/// <summary>Microsoft's side: the fallback queue, its owners and an Operator's assignment of open requests (R4, R22; issue 16, point 2).</summary>
public sealed class RequestAssignmentTests
{
    private static readonly SellerProfile Sue = new(Actors.SellerUs2, "Sue Seller", "sue@microsoft.example", ["US"]);

    private static ReferralState Queued()
    {
        var state = Inbound(Organizations.Microsoft);
        state.SellerId = Organizations.FallbackSellerQueue;
        state.TenantId = Organizations.FallbackSellerQueue;
        return state;
    }

    [Fact]
    public void R4_a_request_no_territory_matches_goes_to_the_configured_fallback_when_it_is_a_registered_seller_else_to_the_queue()
    {
        var routing = new SellerRouting();
        routing.Upsert(Sue);
        Assert.Equal(Organizations.FallbackSellerQueue, routing.Assign("r-1", "FR"));
        Assert.Equal(Sue.Id, routing.Assign("r-2", "FR", Sue.Id));
        Assert.Equal(Organizations.FallbackSellerQueue, routing.Assign("r-3", "FR", "not-registered"));
        Assert.Equal(Sue.Id, routing.Assign("r-4", "US", "not-registered"));
    }

    [Fact]
    public void R4_an_assignment_moves_the_open_request_where_the_directory_finds_it_and_counts_it_there()
    {
        var routing = new SellerRouting();
        routing.Upsert(Sue);
        routing.Assign("r-1", "FR");
        Assert.Equal(Organizations.FallbackSellerQueue, routing.Locate("r-1"));
        Assert.True(routing.Reassign("r-1", Sue.Id));
        Assert.False(routing.Reassign("r-1", Sue.Id));
        Assert.Equal(Sue.Id, routing.Locate("r-1"));
        Assert.Equal(1, routing.OpenRequests(Sue.Id));
        Assert.Equal(Sue.Id, routing.Assign("r-1", "FR"));
        routing.Release("r-1");
        Assert.Null(routing.Locate("r-1"));
    }

    [Fact]
    public void R4_R22_the_assigned_request_keeps_its_id_and_deadline_records_who_moved_it_and_tells_the_new_seller()
    {
        var state = Queued();
        var by = Actors.Operator;
        var moved = RequestAssignment.Moved(state, new PendingMove(Sue.Id, by, Now.AddDays(5)), Sue);

        Assert.Equal(state.Id, moved.Id);
        Assert.Equal(state.ExpirationDateTime, moved.ExpirationDateTime);
        Assert.Equal(Sue.Id, moved.SellerId);
        Assert.Equal(Sue.Id, moved.TenantId);
        Assert.Equal(Substatus.Received, moved.Substatus);
        Assert.Equal(state.Version + 1, moved.Version);
        var entry = moved.History[^1];
        Assert.Equal(RequestAssignment.Action, entry.Action);
        Assert.Equal(by.UserId, entry.UserId);
        Assert.Contains("from the fallback queue to Sue Seller", entry.Description, StringComparison.Ordinal);
        var notice = Assert.Single(moved.PendingNotifications);
        Assert.Equal(NotificationKind.RequestAssigned, notice.Kind);
        Assert.Equal(Sue.Id, notice.SellerId);
        Assert.Equal([Sue.Email], notice.Recipients);
        Assert.Equal([Sue.Email], moved.ReceiverNotifyEmails);
        // The original is untouched: the move copies it.
        Assert.Equal(Organizations.FallbackSellerQueue, state.SellerId);
    }

    [Fact]
    public void R3_R4_only_an_Operator_assigns_and_only_an_open_co_sell_request_to_another_seller()
    {
        var state = Queued();
        RuleAssert.RejectsUnchanged(state, ErrorCode.AccessDenied, "role",
            () => RequestAssignment.EnsureAssignable(state, Actors.Seller(Actors.SellerUs), state.Id, Sue.Id));
        RuleAssert.RejectsUnchanged(state, ErrorCode.ValidationFailed, "sellerId",
            () => RequestAssignment.EnsureAssignable(state, Actors.Operator, state.Id, " "));
        RuleAssert.RejectsUnchanged(state, ErrorCode.ValidationFailed, "sellerId",
            () => RequestAssignment.EnsureAssignable(state, Actors.Operator, state.Id, Organizations.FallbackSellerQueue));

        state.Moving = new PendingMove(Actors.SellerUs, Actors.Operator, Now);
        RuleAssert.Rejects(ErrorCode.Conflict, "sellerId", () => RequestAssignment.EnsureAssignable(state, Actors.Operator, state.Id, Sue.Id));
        RequestAssignment.EnsureAssignable(state, Actors.Operator, state.Id, Actors.SellerUs);

        var partners = Inbound();
        RuleAssert.Rejects(ErrorCode.NotFound, "referralId", () => RequestAssignment.EnsureAssignable(partners, Actors.Operator, partners.Id, Sue.Id));

        var engaged = Queued();
        InboundResponse.Accept(engaged, Actors.Seller(Organizations.FallbackSellerQueue), new AcceptReferralRequest(), Now);
        RuleAssert.Rejects(ErrorCode.InvalidStateTransition, "R22", () => RequestAssignment.EnsureAssignable(engaged, Actors.Operator, engaged.Id, Sue.Id));
    }

    [Fact]
    public void R4_R41_queue_owners_are_registered_sellers_and_valid_addresses_kept_once()
    {
        var owners = QueueOwnership.Normalize(new QueueOwners([Sue.Id, $" {Sue.Id}"], ["Ops@Microsoft.example", "ops@microsoft.example"]), new HashSet<string> { Sue.Id });
        Assert.Equal([Sue.Id], owners.SellerIds);
        Assert.Equal(["ops@microsoft.example"], owners.Emails);

        RuleAssert.Rejects(ErrorCode.ValidationFailed, "sellerIds[1]",
            () => QueueOwnership.Normalize(new QueueOwners([Sue.Id, "ghost"], []), new HashSet<string> { Sue.Id }));
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "emails[0]",
            () => QueueOwnership.Normalize(new QueueOwners([], ["not an address"]), new HashSet<string>()));
        RuleAssert.Rejects(ErrorCode.InvalidRequest, "body", () => QueueOwnership.Normalize(null, new HashSet<string>()));
    }
}
