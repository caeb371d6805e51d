using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>The seller workspace (screen 8): requests routed to the signed-in seller (R4) with time left, engaged from the list (R22).</summary>
public sealed class SellerWorkspaceTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_routed_request_shows_with_time_left_and_is_engaged_from_the_list_R4_R22()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(portal.Server.Cluster.Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var name = $"Needs an architect {scenario.PartnerA}";
        var sent = await portal.Server.Cluster.Client.CreateReferral(alice, Requests.CoSell() with { Name = name });
        Assert.Equal(Actors.SellerUs, sent.Microsoft.SellerId);

        var sam = await portal.SignInAsync(Actors.Seller(Actors.SellerUs));
        await sam.GotoAsync("/seller");
        await sam.WaitLiveAsync();
        var row = sam.Locator("table.results tr").Filter(new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("14 d 0 h left");
        await sam.AssertAccessibleAsync("seller workspace");
        await sam.ScreenshotAsync("seller-workspace");

        await row.Locator($"fluent-button[aria-label='Engage {name}']").ClickAsync();
        await sam.DialogTitled($"Engage {name}").Button("Engage").ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Status).Filter(new() { HasText = "is engaged" })).ToBeVisibleAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);

        var mine = await portal.Server.Cluster.Client.GetReferral(alice, sent.Id);
        Assert.Equal(MicrosoftStatus.Engaged, mine.Microsoft.Status);
    }
}
