using CoSell.Client.Import;

namespace CoSell.Tests.Import;

/// <summary>
/// Issue 15, point 2: reading an import's CSV. The file as a whole is refused naming what is wrong with it (R41); a
/// value that cannot be read is its row's problem, naming the row and the column, and the other rows still stand.
/// </summary>
public sealed class ImportCsvTests
{
    private const string Header = "crmId,name,customerId,dealValue,currency,closingDate,solutions,teamFirstName,teamLastName,teamEmail,teamPhone,microsoftHelp,salesStage\n";

    [Fact]
    public void A_row_becomes_the_create_it_asks_for_R11_R12_R13_R15()
    {
        var rows = Read(Header + "OPP-1,Contoso lakehouse,c-100,45000.50,usd,2027-06-30,sol-a; sol-msft,Bo,Ng,bo@fabrikam.example,+1 206 555 0101,ProofOfConceptOrDemo,qualified\n");

        var row = Assert.Single(rows);
        Assert.Null(row.Problem);
        Assert.Equal((1, "OPP-1", SalesStage.Qualified), (row.Row, row.CrmId, row.SalesStage));
        Assert.Equal("Contoso lakehouse", row.Request.Name);
        Assert.Equal("c-100", row.Request.Customer!.CustomerId);
        Assert.Equal(new DealDetailsInput(45000.50m, "usd", new DateOnly(2027, 6, 30), CrmId: "OPP-1"), row.Request.Details);
        Assert.Equal(["sol-a", "sol-msft"], row.Request.Solutions);
        Assert.Equal([new Contact("Bo", "Ng", "+1 206 555 0101", "bo@fabrikam.example")], row.Request.Team);
        var invitation = Assert.Single(row.Request.Invitations!);
        Assert.Equal((Organizations.Microsoft, HelpType.ProofOfConceptOrDemo), (invitation.Invitee, invitation.HelpType));
    }

    [Fact]
    public void A_value_that_cannot_be_read_is_its_rows_problem_naming_the_column_R41()
    {
        var rows = Read(Header
            + "OPP-1,A,c-100,lots,USD,2027-06-30,sol-a,Bo,Ng,bo@x.example,+12065550101,,\n"
            + "OPP-2,B,c-100,10,USD,30/06/2027,sol-a,Bo,Ng,bo@x.example,+12065550101,,\n"
            + ",C,c-100,10,USD,2027-06-30,sol-a,Bo,Ng,bo@x.example,+12065550101,,\n"
            + "OPP-4,D,c-100,10,USD,2027-06-30,sol-a,Bo,Ng,bo@x.example,+12065550101,Everything,\n"
            + "OPP-1,E,c-100,10,USD,2027-06-30,sol-a,Bo,Ng,bo@x.example,+12065550101,,\n"
            + "OPP-6,F,c-100,10,USD,2027-06-30,sol-a,Bo,Ng,bo@x.example,+12065550101,,\n");

        Assert.Equal(
            [(1, "dealValue"), (2, "closingDate"), (3, "crmId"), (4, "microsoftHelp"), (5, "crmId"), (6, null)],
            rows.Select(r => (r.Row, r.Problem?.Column)));
        Assert.Contains("repeats row 1", rows[4].Problem!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "body")]
    [InlineData("crmId,name\n", "body")]
    [InlineData("crmId,dealSize\nOPP-1,4\n", "dealSize")]
    [InlineData("name,dealValue\nA,4\n", "crmId")]
    [InlineData("crmId,CRMID\nA,B\n", "crmId")]
    public void A_file_that_is_not_an_import_is_refused_naming_what_is_wrong_R41(string csv, string target)
    {
        var refused = Assert.Throws<CoSellException>(() => Read(csv));
        Assert.Equal((ErrorCode.InvalidRequest, target), (refused.Code, refused.Target));
    }

    [Fact]
    public void More_rows_than_an_import_holds_are_refused_R41()
    {
        var csv = "crmId\n" + string.Concat(Enumerable.Range(1, ReferralImport.MaxRows + 1).Select(i => $"OPP-{i}\n"));
        Assert.Equal("body", Assert.Throws<CoSellException>(() => Read(csv)).Target);
        Assert.Equal(ReferralImport.MaxRows, Read("crmId\n" + string.Concat(Enumerable.Range(1, ReferralImport.MaxRows).Select(i => $"OPP-{i}\n"))).Count);
    }

    [Fact]
    public void The_template_lists_every_column_and_reads_as_an_empty_import()
    {
        Assert.Equal(string.Join(",", ImportColumns.All) + "\n", ReferralImportCsv.Template);
        Assert.Equal("body", Assert.Throws<CoSellException>(() => Read(ReferralImportCsv.Template)).Target);
    }

    [Theory]
    [InlineData("details.currency", "currency")]
    [InlineData("details.closingDateTime", "closingDate")]
    [InlineData("customerProfile.customerId", "customerId")]
    [InlineData("customerProfile.contact.phoneNumber", "contactPhone")]
    [InlineData("team[0].email", "teamEmail")]
    [InlineData("team", "teamEmail")]
    [InlineData("solutions[1]", "solutions")]
    [InlineData("invitations[0].helpType", "microsoftHelp")]
    [InlineData("name", "name")]
    [InlineData("R23", "R23")]
    public void A_rules_error_names_the_column_holding_its_field_R41(string target, string column) =>
        Assert.Equal(column, ImportColumns.Of(target));

    private static IReadOnlyList<ImportRow> Read(string csv) => ReferralImportCsv.Read(new StringReader(csv));
}
