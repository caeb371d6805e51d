using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>Working an accepted deal (screen 5): the stage stepper moves forward only (R24) and closing needs a reason for Lost (R25).</summary>
public sealed class WorkingADealTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_stage_moves_forward_and_the_deal_closes_as_won_after_a_lost_without_reason_is_refused_R24_R25()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(portal.Server.Cluster.Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var sent = await portal.Server.Cluster.Client.CreateReferral(alice, Requests.P2P(Requests.PartnerInvitation(scenario.PartnerB)) with { Name = "Worked deal" });
        await portal.Server.Cluster.Client.Accept(Actors.AdminOf(scenario.PartnerB), sent.Participants.Single().ReferralId);

        var page = await portal.SignInAsync(alice);
        await page.GotoAsync($"/referrals/{Uri.EscapeDataString(sent.Id)}");
        await page.WaitLiveAsync();
        var stages = page.Locator("ol.stages");
        await Assertions.Expect(stages.Locator("li[aria-current=step]")).ToContainTextAsync("Created");
        await Assertions.Expect(stages.Locator("fluent-button[aria-label='Move to Won']")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("referral page, working the deal");

        await stages.Locator("fluent-button[aria-label='Move to Developed']").ClickAsync();
        await Assertions.Expect(stages.Locator("li[aria-current=step]")).ToContainTextAsync("Developed");
        await Assertions.Expect(stages.Locator("fluent-button[aria-label='Move to Qualified']")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("working-a-deal");

        await page.Button("Close as lost").ClickAsync();
        var lost = page.DialogTitled("Close Worked deal as lost");
        await lost.Button("Close as lost").ClickAsync();
        await Assertions.Expect(lost.FieldBox("Why was it lost?")).ToContainTextAsync("Closing as Lost needs a reason (R25).");
        await lost.Button("Cancel").ClickAsync();

        await page.Button("Close as won").ClickAsync();
        await page.DialogTitled("Close Worked deal as won").Button("Close as won").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "is won" })).ToBeVisibleAsync();
        var won = await portal.Server.Cluster.Client.GetReferral(alice, sent.Id);
        Assert.Equal((Substatus.Won, SalesStage.Won), (won.Substatus, won.SalesStage));
        await Assertions.Expect(page.Locator("ol.stages")).ToHaveCountAsync(0);
    }
}
