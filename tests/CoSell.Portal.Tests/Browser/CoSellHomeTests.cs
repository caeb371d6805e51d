using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>The co-sell home (R32, R33): a referral received shows in Inbound, its heart puts it in Favorites, its page opens.</summary>
public sealed class CoSellHomeTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_received_referral_is_listed_in_Inbound_hearted_into_Favorites_and_opened_R32()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(portal.Server.Cluster.Client);
        var sent = await portal.Server.Cluster.Client.CreateReferral(Actors.AdminOf(scenario.PartnerA),
            Requests.P2P(Requests.PartnerInvitation(scenario.PartnerB)) with { Name = "Contoso lakehouse" });
        Assert.Single(sent.Participants);

        var page = await portal.SignInAsync(Actors.AdminOf(scenario.PartnerB, user: "bea"));
        var row = page.GetByRole(AriaRole.Link, new() { Name = "Contoso lakehouse" });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await page.ScreenshotAsync("co-sell-home");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Contoso lakehouse" })).ToContainTextAsync("Partner to partner");
        await page.AssertAccessibleAsync("co-sell home");

        var heart = page.GetByRole(AriaRole.Button, new() { Name = "Favorite Contoso lakehouse" });
        await Assertions.Expect(heart).ToHaveAttributeAsync("aria-pressed", "false");
        await heart.ClickAsync();
        await Assertions.Expect(heart).ToHaveAttributeAsync("aria-pressed", "true");

        // Export CSV of the view as shown (screen 1).
        var download = await page.RunAndWaitForDownloadAsync(() => page.Button("Export CSV").ClickAsync());
        Assert.Equal("cosell-inbound.csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var csv = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Referral,Referral id,Customer,Deal type,Status,Sales stage,Deal value,Respond by,Updated", csv, StringComparison.Ordinal);
        Assert.Contains("Contoso lakehouse,", csv, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByText("Exported 1 referral.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Favorites" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Contoso lakehouse" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Contoso lakehouse" }).ClickAsync();
        await page.WaitForURLAsync("**/referrals/**");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contoso lakehouse", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Contoso", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "History" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("referral page");
        await page.ScreenshotAsync("referral");
    }

    [Fact]
    public async Task Another_organization_sees_none_of_it_R2()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(portal.Server.Cluster.Client);
        var sent = await portal.Server.Cluster.Client.CreateReferral(Actors.AdminOf(scenario.PartnerA),
            Requests.P2P(Requests.PartnerInvitation(scenario.PartnerB)) with { Name = "Only for B" });

        var page = await portal.SignInAsync(Actors.AdminOf(scenario.PartnerC));
        await Assertions.Expect(page.GetByText("No referral has been sent to your organization yet.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("co-sell home, empty");

        await page.GotoAsync($"/referrals/{sent.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Only for B")).ToHaveCountAsync(0);
    }
}
