using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>Issue 14, screen 11: a delivery appears in Inbound without a reload, and another party's answer on an open referral page (R28).</summary>
public sealed class LiveTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_delivery_appears_in_Inbound_and_the_answer_on_the_senders_open_page_without_a_reload_R28()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(portal.Server.Cluster.Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var earlier = await portal.Server.Cluster.Client.CreateReferral(alice, Requests.Private("Earlier private deal"));

        var bob = await portal.SignInAsync(Actors.AdminOf(scenario.PartnerB, user: "bob"));
        await Assertions.Expect(bob.GetByText("No referral has been sent to your organization yet.")).ToBeVisibleAsync();
        await bob.WaitLiveAsync();
        var reloads = 0;
        bob.Load += (_, _) => reloads++;

        var sent = await portal.Server.Cluster.Client.CreateReferral(alice, Requests.P2P(Requests.PartnerInvitation(scenario.PartnerB)) with { Name = "Arrives live" });
        await Assertions.Expect(bob.GetByRole(AriaRole.Link, new() { Name = "Arrives live" })).ToBeVisibleAsync();
        await Assertions.Expect(bob.GetByText("New referral received: Arrives live")).ToBeVisibleAsync();
        Assert.Equal(0, reloads);
        await bob.AssertAccessibleAsync("co-sell home with a live notice");
        await bob.ScreenshotAsync("live-inbound");

        var alicePage = await portal.SignInAsync(alice);
        await alicePage.GotoAsync($"/referrals/{Uri.EscapeDataString(sent.Id)}");
        await alicePage.WaitLiveAsync();
        var parties = alicePage.GetByRole(AriaRole.Region, new() { Name = "Parties" });
        await Assertions.Expect(parties).ToContainTextAsync("New (Received)");
        Assert.NotEqual(earlier.Id, sent.Id);

        await portal.Server.Cluster.Client.Accept(Actors.AdminOf(scenario.PartnerB), sent.Participants.Single().ReferralId);
        await Assertions.Expect(parties).ToContainTextAsync("Active (Accepted)");
        await Assertions.Expect(alicePage.GetByRole(AriaRole.Status).Filter(new() { HasText = "Updated just now" })).ToBeVisibleAsync();
    }
}
