using CoSell.Grains.Domain;
using CoSell.Testing;
using static CoSell.Tests.Domain.DomainFixtures;

namespace CoSell.Tests.Domain;

/// <summary>Creating an outbound referral: R8–R17.</summary>
public sealed class CreationRuleTests
{
    [Fact]
    public void R9_an_exact_customer_record_is_taken_with_its_duns()
    {
        var draft = Plan(Requests.Private());
        Assert.Equal("c-100", draft.CustomerProfile.CustomerId);
        Assert.Equal("123456789", draft.CustomerProfile.Duns);
    }

    [Fact]
    public void R9_an_unknown_or_missing_customer_is_rejected()
    {
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "customerProfile.customerId",
            () => Plan(Requests.Private() with { Customer = new CustomerInput("c-999") }));
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "customerProfile.customerId",
            () => Plan(Requests.Private() with { Customer = null }));
    }

    [Fact]
    public void R10_contact_is_optional_without_Microsoft()
    {
        var draft = Plan(Requests.Private());
        Assert.Null(draft.CustomerProfile.Contact);
    }

    [Fact]
    public void R10_inviting_Microsoft_needs_a_contact_and_consent()
    {
        Assert.Equal(Requests.Ann, Plan(Requests.CoSell()).CustomerProfile.Contact);
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "customerProfile.contact",
            () => Plan(Requests.CoSell() with { Customer = new CustomerInput("c-100") }));
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "consent.consentToShareInfoWithMicrosoft",
            () => Plan(Requests.CoSell() with { Consent = new Consent(false) }));
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "customerProfile.contact.email",
            () => Plan(Requests.CoSell() with { Customer = new CustomerInput("c-100", Requests.Ann with { Email = "ann" }) }));
    }

    [Fact]
    public void R11_deal_details_are_kept()
    {
        var draft = Plan(Requests.Private());
        Assert.Equal(new DealDetails(250_000m, "USD", Requests.CloseDate, null, "OPP-77", null), draft.Details);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("details.dealValue")]
    [InlineData("details.currency")]
    [InlineData("details.closingDateTime")]
    public void R11_required_and_valid_deal_details(string target)
    {
        var request = target switch
        {
            "name" => Requests.Private() with { Name = "  " },
            "details.dealValue" => Requests.Private() with { Details = new DealDetailsInput(0m, "USD", Requests.CloseDate) },
            "details.currency" => Requests.Private() with { Details = new DealDetailsInput(10m, "XYZ", Requests.CloseDate) },
            _ => Requests.Private() with { Details = new DealDetailsInput(10m, "USD", new DateOnly(2026, 11, 23)) },
        };
        RuleAssert.Rejects(ErrorCode.ValidationFailed, target, () => Plan(request));
    }

    [Fact]
    public void R12_team_members_need_name_phone_and_email()
    {
        Assert.Single(Plan(Requests.Private()).Team);
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "team", () => Plan(Requests.Private() with { Team = [] }));
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "team[0].phoneNumber",
            () => Plan(Requests.Private() with { Team = [Requests.Bo with { PhoneNumber = "call me" }] }));
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "team[0].lastName",
            () => Plan(Requests.Private() with { Team = [Requests.Bo with { LastName = "" }] }));
    }

    [Fact]
    public void R13_solutions_are_resolved_from_the_catalog()
    {
        var draft = Plan(Requests.Private() with { Solutions = ["sol-a", "sol-msft", "sol-b"] });
        Assert.Equal(["sol-a", "sol-msft", "sol-b"], draft.Solutions.Select(s => s.Id));
    }

    [Fact]
    public void R13_at_least_one_known_solution()
    {
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "solutions", () => Plan(Requests.Private() with { Solutions = [] }));
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "solutions[1]", () => Plan(Requests.Private() with { Solutions = ["sol-a", "nope"] }));
    }

    [Fact]
    public void R14_outbound_starts_Accepted_at_Created_10_percent()
    {
        var state = Outbound();
        Assert.Equal(Substatus.Accepted, state.Substatus);
        Assert.Equal(ReferralStatus.Active, state.Status);
        Assert.Equal(SalesStage.Created, state.SalesStage);
        Assert.Equal(10, SalesStages.Percent(state.SalesStage));
        Assert.Equal(ReferralDirection.Outgoing, state.Direction);
    }

    [Fact]
    public void R14_an_outbound_referral_is_never_Received_so_it_cannot_be_answered()
    {
        var state = Outbound();
        RuleAssert.RejectsUnchanged(state, ErrorCode.InvalidStateTransition, "R19",
            () => InboundResponse.Accept(state, A, new AcceptReferralRequest(), Now));
        RuleAssert.RejectsUnchanged(state, ErrorCode.InvalidStateTransition, "R19",
            () => InboundResponse.Decline(state, A, new DeclineReferralRequest(DeclineReason.Other, "x"), Now));
    }

    [Fact]
    public void R15_sale_type_follows_the_invitations()
    {
        Assert.Equal(DealType.Private, Plan(Requests.Private()).DealType);
        Assert.Equal(DealType.CoSell, Plan(Requests.CoSell()).DealType);
        Assert.Equal(DealType.PartnerToPartner, Plan(Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB))).DealType);
        Assert.Equal(DealType.CoSell, Plan(Requests.CoSell() with { Invitations = [Requests.MicrosoftInvitation(), Requests.PartnerInvitation(Actors.PartnerB)] }).DealType);
    }

    [Fact]
    public void R15_asking_Microsoft_for_help_None_is_rejected()
    {
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "invitations[0].helpType",
            () => Plan(Requests.CoSell() with { Invitations = [Requests.MicrosoftInvitation() with { HelpType = HelpType.None }] }));
    }

    [Fact]
    public void R16_partner_invitation_carries_its_own_terms_and_close_date_defaults_to_the_deal()
    {
        var invitation = Plan(Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB))).Invitations.Single();
        Assert.Equal(40_000m, invitation.Details.DealValue);
        Assert.Equal(Requests.CloseDate, invitation.Details.ClosingDate);
        Assert.Equal(Actors.PrimaryTenant(Actors.PartnerB), invitation.TenantId);
        Assert.Equal("sol-b", invitation.Solutions.Single().Id);
        Assert.Equal(HelpType.CustomerTechnicalArchitecture, invitation.HelpType);
    }

    [Theory]
    [InlineData("invitations[0].dealValue")]
    [InlineData("invitations[0].currency")]
    [InlineData("invitations[0].solutions")]
    [InlineData("invitations[0].helpType")]
    [InlineData("invitations[0].invitee")]
    [InlineData("invitations[0].tenantId")]
    public void R16_partner_invitation_needs_value_currency_solutions_help_and_a_registered_invitee(string target)
    {
        var invitation = Requests.PartnerInvitation(Actors.PartnerB);
        invitation = target switch
        {
            "invitations[0].dealValue" => invitation with { DealValue = null },
            "invitations[0].currency" => invitation with { Currency = null },
            "invitations[0].solutions" => invitation with { Solutions = [] },
            "invitations[0].helpType" => invitation with { HelpType = HelpType.None },
            "invitations[0].invitee" => invitation with { Invitee = "9999999" },
            _ => invitation with { TenantId = "t-elsewhere" },
        };
        RuleAssert.Rejects(ErrorCode.ValidationFailed, target, () => Plan(Requests.P2P(invitation)));
    }

    [Fact]
    public void R8_R17_vetted_partner_creates_an_assessment_with_one_type_and_a_location()
    {
        var draft = Plan(Requests.Private() with { Solutions = ["sol-sa"], Location = "US" }, vetted: true);
        Assert.Equal(DealType.SolutionAssessment, draft.DealType);
        Assert.Equal("US", draft.Location);
    }

    [Fact]
    public void R8_R17_assessment_rules_are_enforced()
    {
        var assessment = Requests.Private() with { Solutions = ["sol-sa"], Location = "US" };
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "R8", () => Plan(assessment, vetted: false));
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "solutions", () => Plan(assessment with { Solutions = ["sol-sa", "sol-a"] }, vetted: true));
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "location", () => Plan(assessment with { Location = null }, vetted: true));
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "invitations",
            () => Plan(assessment with { Invitations = [Requests.PartnerInvitation(Actors.PartnerB)] }, vetted: true));
    }
}
