using System.Text;
using CoSell.Client;
using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>
/// Importing deals from CSV in the portal (issue 15, point 2): the check names each bad row's row and column and stores
/// nothing (R41); the import creates the good rows with progress, and each created deal opens from its row.
/// </summary>
public sealed class ImportTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private CoSellClient Client => portal.Server.Cluster.Client;

    [Fact]
    public async Task A_file_is_checked_then_imported_and_each_bad_row_names_its_column_R11_R41()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var csv = "crmId,name,customerId,dealValue,currency,closingDate,solutions,teamFirstName,teamLastName,teamEmail,teamPhone\n"
            + $"UI-1,Imported {scenario.PartnerA},c-100,1000,USD,2027-06-30,sol-a,Bo,Ng,bo@fabrikam.example,+12065550101\n"
            + "UI-2,Bad currency,c-100,1000,XYZ,2027-06-30,sol-a,Bo,Ng,bo@fabrikam.example,+12065550101\n";

        var page = await portal.SignInAsync(alice);
        await page.GotoAsync("/referrals/import");
        await page.WaitInteractiveAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "deals.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "deals.csv" })).ToContainTextAsync("2 rows read");

        await page.Button("Check rows").ClickAsync();
        var outcome = page.Locator("section[data-status=Completed]");
        await Assertions.Expect(outcome).ToContainTextAsync("would create 1");
        var bad = outcome.Locator("tbody tr").Filter(new() { HasText = "UI-2" });
        await Assertions.Expect(bad).ToContainTextAsync("currency");
        await Assertions.Expect(bad).ToContainTextAsync("not an ISO 4217 currency code");
        Assert.Empty((await Client.ListReferrals(alice, new ReferralQuery { Direction = ReferralDirection.Outgoing })).Items);
        await page.AssertAccessibleAsync("import check");

        await page.Button("Import rows").ClickAsync();
        await Assertions.Expect(page.Locator("section[data-status=Completed]")).ToContainTextAsync("created 1");
        await page.ScreenshotAsync("import");
        await page.Locator("section[data-status=Completed]").GetByRole(AriaRole.Link, new() { Name = "Open the deal" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Imported {scenario.PartnerA}", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_file_that_is_not_an_import_is_refused_naming_what_is_wrong_R41()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var page = await portal.SignInAsync(Actors.AdminOf(scenario.PartnerA));
        await page.GotoAsync("/referrals/import");
        await page.WaitInteractiveAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "other.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("crmId,dealSize\nA,4\n") });
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Column 'dealSize' is not an import column");
        await Assertions.Expect(page.Button("Import rows")).ToHaveCountAsync(0);
    }
}
