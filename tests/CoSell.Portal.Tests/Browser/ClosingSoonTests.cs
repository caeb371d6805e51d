using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>
/// Issue 16, point 1 (R18, R21): when the 3-day warning before a received referral's window closes is given, the open
/// Inbound announces it without a reload and marks the row "Respond soon"; the referral page says so too.
/// </summary>
public sealed class ClosingSoonTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_warning_shows_live_in_Inbound_and_on_the_referral_page_R18_R21()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(portal.Server.Cluster.Client);
        await portal.Server.Cluster.Client.CreateReferral(Actors.AdminOf(scenario.PartnerA),
            Requests.P2P(Requests.PartnerInvitation(scenario.PartnerB)) with { Name = "Closes soon" });

        var bob = await portal.SignInAsync(Actors.AdminOf(scenario.PartnerB, user: "bob"));
        var row = bob.GetByRole(AriaRole.Row).Filter(new() { HasText = "Closes soon" });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row).Not.ToContainTextAsync("Respond soon");
        await bob.WaitLiveAsync();

        // Eleven of the fourteen days pass: the desk's reminder gives the 3-day warning.
        portal.Server.Cluster.Clock.Advance(TimeSpan.FromDays(11) + TimeSpan.FromMinutes(1));
        await Eventually.Ticking(portal.Server.Cluster.Clock, () => portal.Server.Cluster.Client.GetNotifications(Actors.AdminOf(scenario.PartnerB)),
            n => n.Any(x => x.Kind == NotificationKind.ReferralExpiring), "the 3-day warning");
        var notice = bob.GetByText("Respond soon, its window closes: Closes soon");
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await Assertions.Expect(row).ToContainTextAsync("Respond soon");
        await bob.AssertAccessibleAsync("co-sell home with a warning");

        await row.GetByRole(AriaRole.Link, new() { Name = "Closes soon" }).ClickAsync();
        await Assertions.Expect(bob.GetByText("Respond soon: the window closes")).ToBeVisibleAsync();
    }
}
