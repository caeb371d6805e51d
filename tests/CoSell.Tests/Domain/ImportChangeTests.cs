using CoSell.Grains.Domain;
using CoSell.Testing;

namespace CoSell.Tests.Domain;

/// <summary>
/// What an import row changes on the referral its CRM id created (issue 15, point 2): only fields the row gives and
/// that differ, as one edit (R23) and a stage move (R24); an empty cell removes nothing; the customer stays (R9).
/// </summary>
public sealed class ImportChangeTests
{
    private static readonly Referral Current = ReferralProjection.ToReferral(DomainFixtures.Outbound(), null, favorite: false);

    [Fact]
    public void The_same_row_again_changes_nothing_R23()
    {
        var (update, columns) = ImportChanges.Of(Current, Row(Requests.Private()));
        Assert.Empty(columns);
        Assert.Equal(new UpdateReferralRequest(), update);
    }

    [Fact]
    public void Only_given_fields_that_differ_are_changed_and_a_new_team_member_is_added_R12_R23_R24()
    {
        var request = Requests.Private() with
        {
            Name = null,
            Details = new DealDetailsInput(300_000m, "USD", null, "Phase two", null, null),
            Team = [Requests.Ann],
        };
        var (update, columns) = ImportChanges.Of(Current, Row(request) with { SalesStage = SalesStage.Qualified });

        Assert.Equal(["dealValue", "notes", "teamEmail", "salesStage"], columns);
        Assert.Equal(new DealDetailsInput(300_000m, null, null, "Phase two", null, null), update.Details);
        Assert.Equal([Requests.Bo, Requests.Ann], update.Team);
        Assert.Equal((null, SalesStage.Qualified), (update.Name, update.SalesStage));
    }

    [Fact]
    public void Another_customer_under_the_same_CRM_id_is_refused_naming_it_R9_R41()
    {
        var refused = Assert.Throws<CoSellException>(() => ImportChanges.Of(Current, Row(Requests.Private() with { Customer = new CustomerInput("c-200") })));
        Assert.Equal((ErrorCode.ValidationFailed, "customerProfile.customerId"), (refused.Code, refused.Target));
        Assert.Equal("customerId", ImportColumns.Of(refused.Target));
    }

    private static ImportRow Row(CreateReferralRequest request) => new() { Row = 1, CrmId = "OPP-77", Request = request };
}
