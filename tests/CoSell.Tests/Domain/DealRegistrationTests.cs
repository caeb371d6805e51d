using CoSell.Grains.Desks;
using CoSell.Grains.Domain;
using CoSell.Testing;
using static CoSell.Tests.Domain.DomainFixtures;

namespace CoSell.Tests.Domain;

/// <summary>R30 eligibility, each criterion failing alone, and the R31 workflow (issue 4, acceptance 1).</summary>
public sealed class DealRegistrationTests
{
    private static readonly EngagementView Engaged = new("e", [], new MicrosoftCard(MicrosoftStatus.Engaged, Actors.SellerUs, "x"));
    private static Actor B => Actors.AdminOf(Actors.PartnerB);
    private static Actor Operator => Actors.Operator;

    private static RegistrationRequest Contract => new()
    {
        ContractType = ContractType.New,
        ContractValue = 120_000m,
        Currency = "USD",
        ContractSignedDate = new DateOnly(2026, 11, 20),
        StartDate = new DateOnly(2026, 12, 1),
        EndDate = new DateOnly(2027, 11, 30),
        CustomerTenantId = "contoso.onmicrosoft.example",
        Contact = Requests.Ann,
    };

    /// <summary>Partner B's referral of a deal Microsoft invited it into, won, carrying the given solution.</summary>
    private static ReferralState InboundCoSell(string solution = "sol-msft", bool won = true)
    {
        var context = Context() with { OrganizationId = Organizations.Microsoft, OrganizationName = "Microsoft", TenantId = Actors.SellerUs, SellerId = Actors.SellerUs };
        var request = Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB) with { Solutions = [solution] }) with { Solutions = ["sol-msft"] };
        var draft = OutboundReferral.Deliveries(CreateFrom(ReferralCreation.Plan(request, context))).Single();
        var state = new ReferralState();
        InboundResponse.Receive(state, draft, Now.AddDays(14), Now);
        InboundResponse.Accept(state, B, new AcceptReferralRequest(), Now);
        if (won)
        {
            ReferralClosing.Close(state, B, new CloseReferralRequest(CloseOutcome.Won), Now);
        }

        return state;
    }

    private static ReferralState CreateFrom(OutboundReferralDraft draft)
    {
        var state = new ReferralState();
        OutboundReferral.Create(state, draft, Now);
        return state;
    }

    [Fact]
    public void R30_a_won_inbound_co_sell_deal_Microsoft_engaged_with_an_incentive_eligible_solution_is_eligible()
    {
        var eligibility = DealRegistrationRules.Eligibility(InboundCoSell(), Engaged);
        Assert.True(eligibility.Eligible);
        Assert.Empty(eligibility.FailedCriteria);
        Assert.True(DealRegistrationRules.Eligibility(InboundCoSell(), Engaged with { Microsoft = Engaged.Microsoft with { Status = MicrosoftStatus.Won } }).Eligible);
    }

    [Fact]
    public void R30_not_won_fails_alone() =>
        Assert.Equal(["won"], DealRegistrationRules.Eligibility(InboundCoSell(won: false), Engaged).FailedCriteria);

    [Fact]
    public void R30_not_invited_by_Microsoft_fails_alone()
    {
        var p2p = Inbound();
        InboundResponse.Accept(p2p, B, new AcceptReferralRequest(), Now);
        ReferralClosing.Close(p2p, B, new CloseReferralRequest(CloseOutcome.Won), Now);
        p2p.Solutions = [Solutions["sol-msft"]];
        Assert.Equal(["inboundCoSell"], DealRegistrationRules.Eligibility(p2p, Engaged).FailedCriteria);
    }

    [Theory]
    [InlineData(MicrosoftStatus.Requested)]
    [InlineData(MicrosoftStatus.Declined)]
    [InlineData(MicrosoftStatus.Lapsed)]
    [InlineData(MicrosoftStatus.Lost)]
    public void R30_Microsoft_not_engaged_nor_won_fails_alone(MicrosoftStatus status) =>
        Assert.Equal(["microsoftAccepted"], DealRegistrationRules.Eligibility(InboundCoSell(), Engaged with { Microsoft = Engaged.Microsoft with { Status = status } }).FailedCriteria);

    [Fact]
    public void R30_no_incentive_eligible_solution_fails_alone() =>
        Assert.Equal(["incentiveEligibleSolution"], DealRegistrationRules.Eligibility(InboundCoSell("sol-b"), Engaged).FailedCriteria);

    [Fact]
    public void R30_registering_an_ineligible_referral_is_rejected_naming_the_failed_criteria()
    {
        var state = InboundCoSell(won: false);
        var eligibility = DealRegistrationRules.Eligibility(state, Engaged with { Microsoft = MicrosoftCard.NotInvited });
        var error = RuleAssert.RejectsUnchanged(state, ErrorCode.ValidationFailed, "R30", () => DealRegistrationRules.Submit(state, B, Contract, eligibility, Now));
        Assert.Contains("won", error.Message);
        Assert.Contains("microsoftAccepted", error.Message);
    }

    [Fact]
    public void R31_submit_request_info_resubmit_approve()
    {
        var state = InboundCoSell();
        var eligibility = DealRegistrationRules.Eligibility(state, Engaged);
        DealRegistrationRules.Submit(state, B, Contract, eligibility, Now);
        Assert.Equal(RegistrationStatus.Submitted, state.Registration!.Status);

        RuleAssert.RejectsUnchanged(state, ErrorCode.InvalidStateTransition, "R31", () => DealRegistrationRules.Submit(state, B, Contract, eligibility, Now));
        RuleAssert.RejectsUnchanged(state, ErrorCode.ValidationFailed, "comments", () => DealRegistrationRules.Review(state, Operator, new RegistrationReview(ReviewDecision.RequestInfo, null), Now));
        DealRegistrationRules.Review(state, Operator, new RegistrationReview(ReviewDecision.RequestInfo, "attach the signed order form value"), Now, ["admin@b.example"]);
        Assert.Equal(RegistrationStatus.InfoRequested, state.Registration.Status);
        // The partner hears of the request for information (R31): its referral admins, its own referral.
        var told = Assert.Single(state.PendingNotifications, n => n.Kind == NotificationKind.RegistrationReviewed);
        Assert.Equal((state.OrganizationId, state.Id, "admin@b.example"), (told.RecipientOrganizationId, told.ReferralId, Assert.Single(told.Recipients)));
        Assert.Contains("attach the signed order form value", told.Summary, StringComparison.Ordinal);

        DealRegistrationRules.Submit(state, B, Contract with { ContractValue = 125_000m }, eligibility, Now.AddDays(1));
        Assert.Equal(RegistrationStatus.Submitted, state.Registration.Status);
        Assert.Equal(2, state.Registration.Submissions);
        Assert.Equal(125_000m, state.Registration.ContractValue);

        DealRegistrationRules.Review(state, Operator, new RegistrationReview(ReviewDecision.Approve, null), Now.AddDays(2));
        Assert.Equal(RegistrationStatus.Approved, state.Registration.Status);
        Assert.True(state.Registration.Closed);
        RuleAssert.RejectsUnchanged(state, ErrorCode.InvalidStateTransition, "R31", () => DealRegistrationRules.Submit(state, B, Contract, eligibility, Now));
        Assert.Equal(["registration-submitted", "registration-inforequested", "registration-resubmitted", "registration-approved"],
            state.History.Select(h => h.Action).Where(a => a.StartsWith("registration", StringComparison.Ordinal)));
    }

    [Fact]
    public void R31_reject_needs_a_reason_and_closes_and_only_Operators_review()
    {
        var state = InboundCoSell();
        DealRegistrationRules.Submit(state, B, Contract, DealRegistrationRules.Eligibility(state, Engaged), Now);
        RuleAssert.RejectsUnchanged(state, ErrorCode.AccessDenied, "role", () => DealRegistrationRules.Review(state, B, new RegistrationReview(ReviewDecision.Approve, null), Now));
        RuleAssert.RejectsUnchanged(state, ErrorCode.ValidationFailed, "comments", () => DealRegistrationRules.Review(state, Operator, new RegistrationReview(ReviewDecision.Reject, " "), Now));
        DealRegistrationRules.Review(state, Operator, new RegistrationReview(ReviewDecision.Reject, "contract predates the engagement"), Now);
        Assert.Equal(RegistrationStatus.Rejected, state.Registration!.Status);
        Assert.True(state.Registration.Closed);
        RuleAssert.RejectsUnchanged(state, ErrorCode.InvalidStateTransition, "R31", () => DealRegistrationRules.Review(state, Operator, new RegistrationReview(ReviewDecision.Approve, null), Now));
    }

    [Theory]
    [InlineData("contractType")]
    [InlineData("contractValue")]
    [InlineData("endDate")]
    [InlineData("customerTenantId")]
    [InlineData("contact.email")]
    public void R31_contract_details_are_checked(string target)
    {
        var state = InboundCoSell();
        var request = target switch
        {
            "contractType" => Contract with { ContractType = null },
            "contractValue" => Contract with { ContractValue = 0 },
            "endDate" => Contract with { EndDate = new DateOnly(2026, 1, 1) },
            "customerTenantId" => Contract with { CustomerTenantId = "" },
            _ => Contract with { Contact = Requests.Ann with { Email = "nope" } },
        };
        RuleAssert.RejectsUnchanged(state, ErrorCode.ValidationFailed, target, () => DealRegistrationRules.Submit(state, B, request, DealRegistrationRules.Eligibility(state, Engaged), Now));
    }
}
