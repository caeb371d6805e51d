using CoSell.Client;
using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>
/// The change feed in the portal (issue 15, point 1): the Activity page opens on the organization's latest changes
/// and shows a change stored afterwards without a reload; another party's side shows as theirs, status only (R28).
/// </summary>
public sealed class ActivityTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private CoSellClient Client => portal.Server.Cluster.Client;

    [Fact]
    public async Task Activity_shows_the_latest_changes_and_follows_new_ones_live_R28_R35()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var deal = await Client.CreateReferral(alice, Requests.P2P(Requests.PartnerInvitation(scenario.PartnerB)) with { Name = $"Activity {scenario.PartnerA}" });
        // A PartnerAdmin reads the whole organization's feed, the other parties' sides included (a ReferralAdmin its own).
        var admin = PartnerAdmin(scenario.PartnerA);
        await Eventually.Until(() => Client.ReadEvents(admin), p => p.Items.Any(e => e.Type == "related-referral-created"), "B's receipt in A's feed");

        var page = await portal.SignInAsync(admin);
        await page.GotoAsync("/activity");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.Locator("[data-live=on]")).ToBeAttachedAsync();
        var rows = page.Locator("table.results tbody tr");
        await Assertions.Expect(rows.Filter(new() { HasText = "Created" })).ToContainTextAsync(deal.Name);
        await Assertions.Expect(rows.Filter(new() { HasText = "Another party received it" })).ToContainTextAsync("'s side");
        await page.AssertAccessibleAsync("activity");

        await Client.Update(alice, deal.Id, new UpdateReferralRequest { SalesStage = SalesStage.Qualified });
        await Assertions.Expect(rows.First).ToContainTextAsync("Changed");
        await Assertions.Expect(rows.First).ToContainTextAsync(deal.Name);
        await page.ScreenshotAsync("activity");
    }

    private static Actor PartnerAdmin(string partnerId) => new(partnerId, Actors.PrimaryTenant(partnerId), "pat", [Role.PartnerAdmin]);
}
