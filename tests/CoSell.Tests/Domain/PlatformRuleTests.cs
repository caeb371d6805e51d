using CoSell.Grains.Domain;
using CoSell.Testing;
using static CoSell.Tests.Domain.DomainFixtures;

namespace CoSell.Tests.Domain;

/// <summary>Routing (R4), views (R32, R33), history (R35), ETags (R40), visibility (R3).</summary>
public sealed class PlatformRuleTests
{
    [Fact]
    public void R4_routes_to_the_territory_seller_with_fewest_open_requests_else_the_fallback_queue()
    {
        var routing = new SellerRouting();
        routing.Upsert(new SellerProfile("s1", "One", "one@m.example", ["US"]));
        routing.Upsert(new SellerProfile("s2", "Two", "two@m.example", ["US", "CA"]));
        Assert.Equal("s1", routing.Assign("r1", "US"));
        Assert.Equal("s2", routing.Assign("r2", "US"));
        Assert.Equal("s2", routing.Assign("r3", "CA"));
        Assert.Equal("s1", routing.Assign("r4", "US"));
        Assert.Equal("s1", routing.Assign("r1", "US"));
        Assert.Equal(Organizations.FallbackSellerQueue, routing.Assign("r5", "FR"));
        Assert.True(routing.Release("r2"));
        Assert.Equal(1, routing.OpenRequests("s2"));
    }

    private static ReferralSummary Summary(string id, int minutes, Substatus substatus = Substatus.Accepted, string tenant = "t1",
        ReferralDirection direction = ReferralDirection.Incoming, string customer = "Contoso", long version = 1) => new()
        {
            Id = id,
            EngagementId = id,
            OrganizationId = Actors.PartnerB,
            TenantId = tenant,
            Name = id,
            Direction = direction,
            DealType = DealType.PartnerToPartner,
            Status = ReferralState.StatusOf(substatus),
            Substatus = substatus,
            SalesStage = SalesStage.Accepted,
            CustomerName = customer,
            DealValue = 1,
            Currency = "USD",
            UpdatedDateTime = Now.AddMinutes(minutes),
            Version = version,
        };

    private static ReferralPage Query(IEnumerable<ReferralSummary> view, ReferralQuery query, IReadOnlySet<string>? tenants = null, IReadOnlySet<string>? favorites = null) =>
        new ReferralViewQuery(query, tenants, favorites: favorites).Page(view);

    [Fact]
    public void R32_R33_pages_newest_first_with_a_continuation_token()
    {
        var view = Enumerable.Range(0, 5).Select(i => Summary($"r{i}", i)).ToList();
        var first = Query(view, new ReferralQuery { Top = 2 });
        Assert.Equal(["r4", "r3"], first.Items.Select(r => r.Id));
        var second = Query(view, new ReferralQuery { Top = 2, ContinuationToken = first.ContinuationToken });
        Assert.Equal(["r2", "r1"], second.Items.Select(r => r.Id));
        var third = Query(view, new ReferralQuery { Top = 2, ContinuationToken = second.ContinuationToken });
        Assert.Equal(["r0"], third.Items.Select(r => r.Id));
        Assert.Null(third.ContinuationToken);
    }

    [Fact]
    public void R33_filters_by_status_substatus_type_stage_customer_updated_since_tenant_and_direction()
    {
        ReferralSummary[] view =
        [
            Summary("new", 1, Substatus.Received),
            Summary("won", 2, Substatus.Won, customer: "Litware") with { SalesStage = SalesStage.Won },
            Summary("other-tenant", 3, tenant: "t2"),
            Summary("mine", 4, direction: ReferralDirection.Outgoing),
            Summary("other-tenants-outbound", 5, direction: ReferralDirection.Outgoing, tenant: "t9"),
        ];
        var t1 = new HashSet<string> { "t1" };
        Assert.Equal(["new"], Query(view, new ReferralQuery { Status = ReferralStatus.New }, t1).Items.Select(r => r.Id));
        Assert.Equal(["won"], Query(view, new ReferralQuery { Substatus = Substatus.Won }, t1).Items.Select(r => r.Id));
        Assert.Equal(["won"], Query(view, new ReferralQuery { CustomerName = "litw" }, t1).Items.Select(r => r.Id));
        Assert.Equal(["mine", "won"], Query(view, new ReferralQuery { UpdatedSince = Now.AddMinutes(2) }, t1).Items.Select(r => r.Id));

        // R2: a tenant sees its own referrals, outbound as inbound, and those of tenants linked with it.
        Assert.Equal(["mine"], Query(view, new ReferralQuery { Direction = ReferralDirection.Outgoing }, t1).Items.Select(r => r.Id));
        Assert.Equal(["other-tenants-outbound", "mine"], Query(view, new ReferralQuery { Direction = ReferralDirection.Outgoing }, new HashSet<string> { "t1", "t9" }).Items.Select(r => r.Id));
        Assert.Empty(Query(view, new ReferralQuery { DealType = DealType.Private }, t1).Items);

        // The stage filter keeps only that stage (one summary is at Won).
        Assert.Equal(["other-tenants-outbound", "mine", "other-tenant", "new"], Query(view, new ReferralQuery { SalesStage = SalesStage.Accepted }).Items.Select(r => r.Id));
        Assert.Equal(["won"], Query(view, new ReferralQuery { SalesStage = SalesStage.Won }).Items.Select(r => r.Id));
    }

    [Fact]
    public void R32_the_favorites_view_keeps_the_callers_marks_and_every_page_shows_them()
    {
        ReferralSummary[] view = [Summary("r1", 1), Summary("r2", 2)];
        var ann = new HashSet<string> { "r1" };
        Assert.Equal(["r1"], Query(view, new ReferralQuery { Favorites = true }, favorites: ann).Items.Select(r => r.Id));
        Assert.True(Query(view, new ReferralQuery(), favorites: ann).Items.Single(r => r.Id == "r1").Favorite);
        Assert.False(Query(view, new ReferralQuery(), favorites: ann).Items.Single(r => r.Id == "r2").Favorite);
        Assert.Empty(Query(view, new ReferralQuery { Favorites = true }).Items);
    }

    [Fact]
    public void R33_a_forged_continuation_token_is_an_invalid_request_and_top_is_capped()
    {
        var view = Enumerable.Range(0, 150).Select(i => Summary($"r{i:D3}", i)).ToList();
        Assert.Equal(ReferralQuery.MaxTop, Query(view, new ReferralQuery { Top = 1000 }).Items.Count);
        RuleAssert.Rejects(ErrorCode.InvalidRequest, "continuationToken", () => Query(view, new ReferralQuery { ContinuationToken = "not-a-token" }));
        var withControl = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("5|a\u0001b"));
        RuleAssert.Rejects(ErrorCode.InvalidRequest, "continuationToken", () => Query(view, new ReferralQuery { ContinuationToken = withControl }));
    }

    [Fact]
    public void R35_every_change_is_in_the_history_with_who_and_when()
    {
        var state = Inbound();
        InboundResponse.Accept(state, Actors.AdminOf(Actors.PartnerB, user: "bob"), new AcceptReferralRequest(), Now.AddHours(1));
        ReferralEditing.Apply(state, Actors.AdminOf(Actors.PartnerB, user: "bob"), new UpdateReferralRequest { SalesStage = SalesStage.Qualified }, Solutions, Now.AddHours(2));
        Assert.Equal(["received", "accepted", "updated"], state.History.Select(h => h.Action));
        Assert.Equal("bob", state.History[1].UserId);
        Assert.Equal(Now.AddHours(2), state.History[2].At);
        Assert.Equal([1L, 2L, 3L], state.History.Select(h => h.Version));
    }

    [Fact]
    public void R40_matching_or_absent_ETag_passes_and_a_stale_one_is_a_failed_precondition()
    {
        var state = Outbound();
        ReferralGuards.EnsureETag(state, state.ETag);
        ReferralGuards.EnsureETag(state, $"\"{state.ETag}\"");
        ReferralGuards.EnsureETag(state, null);
        RuleAssert.RejectsUnchanged(state, ErrorCode.PreconditionFailed, "If-Match", () => ReferralGuards.EnsureETag(state, "999"));
    }

    [Fact]
    public void R3_another_organization_sees_not_found_and_a_reader_cannot_change()
    {
        var state = Outbound();
        RuleAssert.Rejects(ErrorCode.NotFound, "referralId", () => ReferralGuards.EnsureVisibleTo(state, Actors.AdminOf(Actors.PartnerB), state.Id));
        RuleAssert.Rejects(ErrorCode.AccessDenied, "role", () => ReferralGuards.EnsureChangeable(state, Actors.ReaderOf(Actors.PartnerA), state.Id, null));
        var microsoftSide = Inbound(Organizations.Microsoft);
        ReferralGuards.EnsureVisibleTo(microsoftSide, Actors.Seller(Actors.SellerUs), microsoftSide.Id);
        RuleAssert.Rejects(ErrorCode.NotFound, "referralId", () => ReferralGuards.EnsureVisibleTo(microsoftSide, Actors.Seller(Actors.SellerUs2), microsoftSide.Id));
    }
}
