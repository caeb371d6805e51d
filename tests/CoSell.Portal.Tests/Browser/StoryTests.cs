using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>
/// The story end to end, in three browser contexts: partner A creates a co-sell + P2P deal through the wizard;
/// partner B sees it arrive in Inbound without a reload and accepts with its own terms; the seller engages; A sees
/// both on the referral page, drags the deal to Won on the board and opens its registration, which names the R30
/// criterion A's own deal cannot meet (Microsoft did not invite A: an outbound co-sell is not registrable).
/// </summary>
public sealed class StoryTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_creates_B_accepts_live_the_seller_engages_A_wins_on_the_board_R16_R19_R22_R25_R28_R30()
    {
        var client = portal.Server.Cluster.Client;
        var scenario = new Scenario();
        await scenario.RegisterAsync(client);
        var (bId, bName) = await UniquePartners.RegisterAsync(client, "Litware");
        var alice = Actors.AdminOf(scenario.PartnerA);
        var name = $"Story deal {scenario.PartnerA}";

        // B waits on its Inbound.
        var bob = await portal.SignInAsync(Actors.AdminOf(bId, user: "bob"));
        await bob.WaitLiveAsync();

        // A: the wizard, co-sell with Microsoft and an invitation to B.
        var a = await portal.SignInAsync(alice);
        await a.GotoAsync("/referrals/new");
        await a.WaitInteractiveAsync();
        var main = a.Locator("main");
        await main.PickContosoAsync(row: "Redmond");
        await main.Button("Next").ClickAsync();
        await main.FillContactWithConsentAsync();
        await main.Button("Next").ClickAsync();
        await main.FillDetailsAsync(name, "300000");
        await main.Button("Next").ClickAsync();
        await main.FillFirstTeamMemberAsync();
        await main.Button("Next").ClickAsync();
        await main.Checkbox("Fabrikam ETL").ClickAsync();
        await main.Button("Next").ClickAsync();
        await main.InviteMicrosoftAndPartnerAsync(bName);
        await main.Field($"Value for {bName}").FillAsync("60000");
        await main.Button("Next").ClickAsync();
        await main.Button("Done").ClickAsync();
        await a.WaitForURLAsync("**/referrals/*?created=1*");
        var sent = (await client.ListReferrals(alice, new ReferralQuery { Direction = ReferralDirection.Outgoing })).Items.Single(r => r.Name == name);

        // B: the delivery appears without a reload; accepted with B's own terms.
        await Assertions.Expect(bob.GetByText($"New referral received: {name}")).ToBeVisibleAsync();
        await bob.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await bob.WaitLiveAsync();
        await bob.Button("Accept").ClickAsync();
        var accept = bob.DialogTitled($"Accept {name}");
        await accept.Field("Deal value").FillAsync("65000");
        await accept.Field("CRM id").FillAsync("LW-1");
        await accept.Button("Accept").ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Status).Filter(new() { HasText = "is accepted" })).ToBeVisibleAsync();

        // The seller engages from the workspace.
        var sam = await portal.SignInAsync(Actors.Seller(Actors.SellerUs));
        await sam.GotoAsync("/seller");
        await sam.WaitLiveAsync();
        await sam.Locator($"fluent-button[aria-label='Engage {name}']").ClickAsync();
        await sam.DialogTitled($"Engage {name}").Button("Engage").ClickAsync();
        await Assertions.Expect(sam.GetByRole(AriaRole.Status).Filter(new() { HasText = "is engaged" })).ToBeVisibleAsync();

        // A sees both answers on the open referral page (R28).
        var parties = a.GetByRole(AriaRole.Region, new() { Name = "Parties" });
        await Assertions.Expect(parties).ToContainTextAsync($"{bName}Active (Accepted)");
        await Assertions.Expect(parties).ToContainTextAsync("Engaged");
        await a.ScreenshotAsync("story-referral");

        // A drags the deal to Won on the board (R25).
        await a.GotoAsync("/pipeline");
        await a.WaitLiveAsync();
        await a.Locator("li.deal-card").Filter(new() { HasText = name }).DragToAsync(a.Locator("section.won-zone"));
        await a.DialogTitled($"Close {name} as won").Button("Close as won").ClickAsync();
        await Assertions.Expect(a.GetByRole(AriaRole.Status).Filter(new() { HasText = "is won" })).ToBeVisibleAsync();
        await a.AssertAccessibleAsync("pipeline after a win");

        // A opens the registration: R30 names what an outbound co-sell lacks.
        await a.GotoAsync($"/referrals/{Uri.EscapeDataString(sent.Id)}");
        var checklist = a.GetByRole(AriaRole.List, new() { Name = "Eligibility (R30)" });
        await Assertions.Expect(checklist.Locator("li.failed")).ToHaveCountAsync(1);
        await Assertions.Expect(checklist.Locator("li.failed")).ToContainTextAsync("Microsoft invited your organization");
        await a.ScreenshotAsync("story-registration");
        Assert.Equal(Substatus.Won, (await client.GetReferral(alice, sent.Id)).Substatus);
    }
}
