using CoSell.Client;
using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>
/// Fully usable by keyboard: navigation focuses the page's heading, a received referral is accepted, and a deal moves
/// on the board, with Tab and Enter only — no click, no drag.
/// </summary>
public sealed class KeyboardTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private CoSellClient Client => portal.Server.Cluster.Client;

    [Fact]
    public async Task A_received_referral_is_accepted_with_Tab_and_Enter_only_R19()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        await Client.CreateReferral(Actors.AdminOf(scenario.PartnerA), Requests.P2P(Requests.PartnerInvitation(scenario.PartnerB)) with { Name = $"Keyboard {scenario.PartnerB}" });
        var bob = Actors.AdminOf(scenario.PartnerB, user: "bob");
        var received = await Eventually.Until(() => Client.ListReferrals(bob, new ReferralQuery { Direction = ReferralDirection.Incoming }), p => p.Items.Count == 1, "the inbound referral");

        var page = await portal.SignInAsync(bob);
        await page.GotoAsync($"/referrals/{received.Items[0].Id}");
        await page.WaitLiveAsync();

        // Navigation puts focus on the page's heading (announced first), and Tab goes on from there.
        await Assertions.Expect(page.Locator("h1:focus")).ToHaveTextAsync($"Keyboard {scenario.PartnerB}");

        await page.TabToAsync("Accept");
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.DialogTitled($"Accept Keyboard {scenario.PartnerB}");
        await Assertions.Expect(dialog.Field("Deal name")).ToBeVisibleAsync();
        await page.TabToAsync("Accept");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "is accepted" })).ToBeVisibleAsync();
        Assert.Equal(Substatus.Accepted, (await Client.GetReferral(bob, received.Items[0].Id)).Substatus);
    }

    [Fact]
    public async Task A_deal_moves_on_the_board_with_Tab_and_Enter_only_R24()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var deal = await Client.CreateReferral(alice, Requests.Private($"Board keys {scenario.PartnerA}"));

        var page = await portal.SignInAsync(alice);
        await page.GotoAsync("/pipeline");
        await page.WaitLiveAsync();
        await page.TabToAsync($"Move {deal.Name} to Accepted", most: 200);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"{deal.Name} is at Accepted" })).ToBeVisibleAsync();
        Assert.Equal(SalesStage.Accepted, (await Client.GetReferral(alice, deal.Id)).SalesStage);
    }
}
