using System.Text;
using CoSell.Client.Export;

namespace CoSell.Portal.Tests.Components;

/// <summary>Export CSV (screen 1): the columns on show, in screen order, values plain and quoted as RFC 4180 asks.</summary>
public sealed class ReferralCsvTests
{
    private static readonly ReferralSummary Row = new()
    {
        Id = "r-1",
        EngagementId = "e-1",
        OrganizationId = "1111111",
        TenantId = "t-1",
        Name = "Contoso, \"phase 2\"",
        Direction = ReferralDirection.Incoming,
        DealType = DealType.PartnerToPartner,
        Status = ReferralStatus.New,
        Substatus = Substatus.Received,
        SalesStage = SalesStage.Created,
        CustomerName = "Contoso",
        DealValue = 40_000.5m,
        Currency = "USD",
        ExpirationDateTime = new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero),
        UpdatedDateTime = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero),
        Version = 1,
    };

    [Fact]
    public void The_shown_columns_in_screen_order_with_plain_values_R33()
    {
        var lines = Read(ReferralCsv.Write([Row], new HashSet<string> { "value", "customer", "respondBy" }));
        Assert.Equal("Referral,Referral id,Customer,Deal value,Respond by", lines[0]);
        Assert.Equal("\"Contoso, \"\"phase 2\"\"\",r-1,Contoso,40000.5 USD,2026-12-08T09:00:00Z", lines[1]);
    }

    [Fact]
    public void A_referral_no_longer_waiting_has_no_deadline_and_an_empty_view_is_its_header()
    {
        var answered = Row with { Status = ReferralStatus.Active, Substatus = Substatus.Accepted };
        Assert.Equal("\"Contoso, \"\"phase 2\"\"\",r-1,", Read(ReferralCsv.Write([answered], new HashSet<string> { "respondBy" }))[1]);
        Assert.Single(Read(ReferralCsv.Write([], ReferralColumn.Defaults)));
    }

    [Fact]
    public void A_name_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        var hostile = Row with { Name = "=HYPERLINK(\"http://evil.example\")" };
        Assert.StartsWith("\"'=HYPERLINK(", Read(ReferralCsv.Write([hostile], new HashSet<string>()))[1], StringComparison.Ordinal);
    }

    private static string[] Read(byte[] csv) =>
        Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
