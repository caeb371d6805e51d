using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>R30, R31 in the cluster: a seller's inbound co-sell deal, won by the partner, registered and reviewed.</summary>
public sealed class DealRegistrationFlowTests : IAsyncLifetime
{
    private CoSellCluster _cluster = null!;

    private static Actor B => Actors.AdminOf(Actors.PartnerB);

    private static RegistrationRequest Contract => new()
    {
        ContractType = ContractType.Renewal,
        ContractValue = 99_000m,
        ContractSignedDate = new DateOnly(2026, 11, 20),
        StartDate = new DateOnly(2027, 1, 1),
        EndDate = new DateOnly(2027, 12, 31),
        CustomerTenantId = "contoso-tenant",
        Contact = Requests.Ann,
    };

    public async Task InitializeAsync() => _cluster = await CoSellCluster.StartWithEcosystemAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private async Task<string> WonInboundCoSell()
    {
        var seller = Actors.Seller(Actors.SellerUs);
        var created = await _cluster.Client.CreateReferral(seller, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB) with { Solutions = ["sol-msft"] }) with { Solutions = ["sol-msft"] });
        var id = $"{created.Id}-{Actors.PartnerB}";
        await _cluster.Client.Accept(B, id);
        var before = await _cluster.Client.GetRegistration(B, id);
        Assert.Equal(["won"], before.Eligibility.FailedCriteria);
        await _cluster.Client.Close(B, id, new CloseReferralRequest(CloseOutcome.Won));
        return id;
    }

    [Fact]
    public async Task R31_submit_then_request_info_then_resubmit_then_approve()
    {
        var id = await WonInboundCoSell();
        var submitted = await _cluster.Client.SubmitRegistration(B, id, Contract);
        Assert.True(submitted.Eligibility.Eligible);
        Assert.Equal(RegistrationStatus.Submitted, submitted.Registration!.Status);
        Assert.Equal("USD", submitted.Registration.Currency);
        Assert.Equal(RegistrationStatus.Submitted, (await _cluster.Client.GetReferral(B, id)).RegistrationStatus);

        var queue = await _cluster.Client.ListRegistrations(Actors.Operator, RegistrationStatus.Submitted);
        Assert.Equal(id, Assert.Single(queue).ReferralId);

        var info = await _cluster.Client.ReviewRegistration(Actors.Operator, id, new RegistrationReview(ReviewDecision.RequestInfo, "which contract?"));
        Assert.Equal(RegistrationStatus.InfoRequested, info.Registration!.Status);
        // B is told of the request (R31, R34): a notification of its own referral, naming what is asked.
        var told = await Eventually.Until(() => _cluster.Client.GetNotifications(B), n => n.Any(x => x.Kind == NotificationKind.RegistrationReviewed), "B's notification");
        Assert.Contains(told, n => n.Kind == NotificationKind.RegistrationReviewed && n.ReferralId == id && n.Summary.Contains("which contract?", StringComparison.Ordinal));
        var resubmitted = await _cluster.Client.SubmitRegistration(B, id, Contract with { ContractValue = 101_000m });
        Assert.Equal(RegistrationStatus.Submitted, resubmitted.Registration!.Status);
        var approved = await _cluster.Client.ReviewRegistration(Actors.Operator, id, new RegistrationReview(ReviewDecision.Approve, null));
        Assert.Equal(RegistrationStatus.Approved, approved.Registration!.Status);
        Assert.Empty(await _cluster.Client.ListRegistrations(Actors.Operator, RegistrationStatus.Submitted));
        Assert.Equal(RegistrationStatus.Approved, (await _cluster.Client.ListRegistrations(Actors.Operator)).Single().Status);

        var denied = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.ListRegistrations(B));
        Assert.Equal(ErrorCode.AccessDenied, denied.Code);
    }

    [Fact]
    public async Task R31_R40_submit_and_review_honour_If_Match_and_a_stale_one_changes_nothing()
    {
        var id = await WonInboundCoSell();
        var before = await _cluster.Client.GetRegistration(B, id);
        Assert.Equal((await _cluster.Client.GetReferral(B, id)).ETag, before.ETag);

        var submitted = await _cluster.Client.SubmitRegistration(B, id, Contract, before.ETag);
        Assert.NotEqual(before.ETag, submitted.ETag);
        var stale = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.SubmitRegistration(B, id, Contract with { ContractValue = 1m }, before.ETag));
        Assert.Equal(ErrorCode.PreconditionFailed, stale.Code);

        var staleReview = await Assert.ThrowsAsync<CoSellException>(() =>
            _cluster.Client.ReviewRegistration(Actors.Operator, id, new RegistrationReview(ReviewDecision.Approve, null), before.ETag));
        Assert.Equal(ErrorCode.PreconditionFailed, staleReview.Code);
        var unchanged = await _cluster.Client.GetRegistration(B, id);
        Assert.Equal((submitted.ETag, RegistrationStatus.Submitted, 99_000m), (unchanged.ETag, unchanged.Registration!.Status, unchanged.Registration.ContractValue));

        var approved = await _cluster.Client.ReviewRegistration(Actors.Operator, id, new RegistrationReview(ReviewDecision.Approve, null), submitted.ETag);
        Assert.Equal(RegistrationStatus.Approved, approved.Registration!.Status);
    }

    [Fact]
    public async Task R31_reject_path_closes_the_registration()
    {
        var id = await WonInboundCoSell();
        await _cluster.Client.SubmitRegistration(B, id, Contract);
        var rejected = await _cluster.Client.ReviewRegistration(Actors.Operator, id, new RegistrationReview(ReviewDecision.Reject, "duplicate of an earlier registration"));
        Assert.Equal(RegistrationStatus.Rejected, rejected.Registration!.Status);
        var again = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.SubmitRegistration(B, id, Contract));
        Assert.Equal(ErrorCode.InvalidStateTransition, again.Code);
    }

    [Fact]
    public async Task R30_a_P2P_deal_is_not_eligible_and_the_failed_criteria_are_named()
    {
        var a = Actors.AdminOf(Actors.PartnerA);
        var created = await _cluster.Client.CreateReferral(a, Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        var id = $"{created.Id}-{Actors.PartnerB}";
        await _cluster.Client.Accept(B, id);
        await _cluster.Client.Close(B, id, new CloseReferralRequest(CloseOutcome.Won));
        var error = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.SubmitRegistration(B, id, Contract));
        Assert.Equal("R30", error.Target);
        Assert.Contains("inboundCoSell", error.Message);
        Assert.Contains("microsoftAccepted", error.Message);
        Assert.Contains("incentiveEligibleSolution", error.Message);
    }
}
