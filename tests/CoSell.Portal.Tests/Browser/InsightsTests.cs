using CoSell.Client;
using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>
/// Insights (screen 7): the open pipeline by stage per currency, the win rate, the time to respond and what expires in
/// the next 3 days, as charts that are tables, current without a reload (a close stored elsewhere shows at once).
/// </summary>
public sealed class InsightsTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private CoSellClient Client => portal.Server.Cluster.Client;

    [Fact]
    public async Task Insights_show_the_pipeline_per_currency_the_win_rate_and_what_expires_and_follow_changes_live_R21_R24_R25_R37()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var usd = await Client.CreateReferral(alice, Requests.Private($"Dollar deal {scenario.PartnerA}"));
        await Client.CreateReferral(alice, Requests.Private($"Euro deal {scenario.PartnerA}") with { Details = new DealDetailsInput(80_000m, "EUR", Requests.CloseDate) });
        await Client.Close(alice, (await Client.CreateReferral(alice, Requests.Private($"Lost deal {scenario.PartnerA}"))).Id, new CloseReferralRequest(CloseOutcome.Lost, "Budget cut"));
        var sent = await Client.CreateReferral(Actors.AdminOf(scenario.PartnerB), Requests.P2P(Requests.PartnerInvitation(scenario.PartnerA)) with { Name = $"Answer soon {scenario.PartnerA}" });
        // Twelve of the fourteen days pass (R18): the received referral now expires within three.
        portal.Server.Cluster.Clock.Advance(TimeSpan.FromDays(12));

        var page = await portal.SignInAsync(alice);
        await page.GotoAsync("/insights");
        await page.WaitLiveAsync();
        var pipeline = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Open pipeline by stage" }) });
        await Assertions.Expect(pipeline.Locator("table").Filter(new() { HasText = "Value in USD" }).Locator("tr").Filter(new() { HasText = "Created" }))
            .ToContainTextAsync("1 deal · 250,000 USD");
        await Assertions.Expect(pipeline.Locator("table").Filter(new() { HasText = "Value in EUR" }).Locator("tr").Filter(new() { HasText = "Created" }))
            .ToContainTextAsync("1 deal · 80,000 EUR");
        var winRate = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Win rate" }) });
        await Assertions.Expect(winRate.Locator(".figure")).ToHaveTextAsync("0 %");
        var expiring = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Expiring in the next 3 days" }) });
        await Assertions.Expect(expiring.Locator("tr").Filter(new() { HasText = sent.Name })).ToContainTextAsync("2 d 0 h left");
        await page.AssertAccessibleAsync("insights");
        await page.ScreenshotAsync("insights");

        // Closed elsewhere (a CRM connector, another user): the figures follow without a reload.
        await Client.Close(alice, usd.Id, new CloseReferralRequest(CloseOutcome.Won));
        await Assertions.Expect(winRate.Locator(".figure")).ToHaveTextAsync("50 %");
        await Assertions.Expect(pipeline.Locator("table").Filter(new() { HasText = "Value in USD" })).ToHaveCountAsync(0);
    }
}
