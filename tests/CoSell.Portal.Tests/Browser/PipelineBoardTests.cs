using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>The pipeline board (screen 6): open deals by stage, totals per currency, a card dragged forward moves its stage (R24).</summary>
public sealed class PipelineBoardTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Columns_total_per_currency_and_a_card_moves_forward_by_drag_and_by_keyboard_R24()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(portal.Server.Cluster.Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var dollars = await portal.Server.Cluster.Client.CreateReferral(alice, Requests.Private("Dollar deal"));
        var euros = await portal.Server.Cluster.Client.CreateReferral(alice, Requests.Private("Euro deal") with
        {
            Details = new DealDetailsInput(100_000m, "EUR", Requests.CloseDate),
        });
        Assert.Equal((Substatus.Accepted, Substatus.Accepted), (dollars.Substatus, euros.Substatus));

        var page = await portal.SignInAsync(alice);
        await page.GotoAsync("/pipeline");
        await page.WaitLiveAsync();
        var created = page.Locator("section.board-column").Filter(new() { Has = page.Locator("h2#col-Created") });
        await Assertions.Expect(created.Locator(".totals")).ToHaveTextAsync("250,000 USD · 100,000 EUR");
        await page.AssertAccessibleAsync("pipeline board");
        await page.ScreenshotAsync("pipeline");

        var proposed = page.Locator("section.board-column").Filter(new() { Has = page.Locator("h2#col-Proposed") });
        await created.Locator("li.deal-card").Filter(new() { HasText = "Dollar deal" }).DragToAsync(proposed);
        await Assertions.Expect(proposed.Locator("li.deal-card")).ToContainTextAsync("Dollar deal");
        Assert.Equal(SalesStage.Proposed, (await portal.Server.Cluster.Client.GetReferral(alice, dollars.Id)).SalesStage);

        await page.Locator("fluent-button[aria-label='Move Euro deal to Accepted']").ClickAsync();
        await Assertions.Expect(page.Locator("section.board-column").Filter(new() { Has = page.Locator("h2#col-Accepted") }).Locator("li.deal-card")).ToContainTextAsync("Euro deal");
        await Assertions.Expect(created.Locator(".totals")).ToHaveTextAsync("—");
    }
}
