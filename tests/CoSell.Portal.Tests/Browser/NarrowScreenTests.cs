using CoSell.Client;
using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>
/// Readable at 390 px wide (a phone): on every screen the page itself never scrolls sideways — wide tables scroll in
/// their own box — and axe finds nothing serious. Screenshots of each are kept with the test results.
/// </summary>
public sealed class NarrowScreenTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const int Width = 390;

    private CoSellClient Client => portal.Server.Cluster.Client;

    [Fact]
    public async Task Every_partner_screen_fits_390_px()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var deal = await Client.CreateReferral(alice, Requests.P2P(Requests.PartnerInvitation(scenario.PartnerB)) with { Name = $"Narrow {scenario.PartnerA}" });
        var admin = new Actor(scenario.PartnerA, Actors.PrimaryTenant(scenario.PartnerA), "pat", [Role.PartnerAdmin]);

        var page = await portal.SignInAsync(admin, Width, 844);
        foreach (var (path, name) in new[]
                 {
                     ("/", "home"), ($"/referrals/{deal.Id}", "referral"), ("/referrals/new", "new-deal"), ("/pipeline", "pipeline"),
                     ("/insights", "insights"), ("/settings", "settings"), ("/activity", "activity"), ("/referrals/import", "import"),
                 })
        {
            await AssertFitsAsync(page, path, name);
        }
    }

    [Fact]
    public async Task The_seller_and_Operator_screens_fit_390_px()
    {
        var seller = await portal.SignInAsync(Actors.Seller(Actors.SellerUs), Width, 844);
        await AssertFitsAsync(seller, "/seller", "seller");
        var op = await portal.SignInAsync(Actors.Operator, Width, 844);
        await AssertFitsAsync(op, "/operator", "operator");
    }

    private static async Task AssertFitsAsync(IPage page, string path, string name)
    {
        await page.GotoAsync(path);
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.Locator(".loading")).ToHaveCountAsync(0);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await page.ScreenshotAsync($"narrow-{name}");
        Assert.True(overflow <= 0, $"{path} is {overflow} px wider than the {Width} px screen");
        await page.AssertAccessibleAsync($"{name} at {Width} px");
    }
}
