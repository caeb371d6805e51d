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
        // Routing spreads a territory's requests over its sellers (R4): whichever holds it works it.
        Assert.Contains(sent.Microsoft.SellerId, new[] { Actors.SellerUs, Actors.SellerUs2 });

        var sam = await portal.SignInAsync(Actors.Seller(sent.Microsoft.SellerId!));
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

    [Fact]
    public async Task The_seller_adds_a_colleague_who_opens_the_request_and_writes_a_note_but_cannot_answer_it_R22()
    {
        var scenario = new Scenario();
        var client = portal.Server.Cluster.Client;
        await scenario.RegisterAsync(client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var sent = await client.CreateReferral(alice, Requests.CoSell() with { Name = $"Needs a data team {scenario.PartnerA}" });
        var holder = sent.Microsoft.SellerId!;
        var (colleague, colleagueName) = holder == Actors.SellerUs ? (Actors.SellerUs2, "Sue Seller") : (Actors.SellerUs, "Sam Seller");
        var requestPage = $"/referrals/{Uri.EscapeDataString($"{sent.Id}-{Organizations.Microsoft}")}";

        var seller = await portal.SignInAsync(Actors.Seller(holder));
        await seller.GotoAsync(requestPage);
        await seller.WaitLiveAsync();
        var team = seller.GetByRole(AriaRole.Group, new() { Name = "Microsoft's team" });
        await team.Field("Colleague's seller id").FillAsync("ghost");
        await team.Button("Add colleague").ClickAsync();
        await Assertions.Expect(team.FieldBox("Colleague's seller id")).ToContainTextAsync("'ghost' is not a registered seller");
        await team.Field("Colleague's seller id").FillAsync(colleague);
        await team.Button("Add colleague").ClickAsync();
        await Assertions.Expect(seller.GetByRole(AriaRole.Status).Filter(new() { HasText = "joined Microsoft's side" })).ToContainTextAsync(colleagueName);
        await Assertions.Expect(seller.GetByRole(AriaRole.Region, new() { Name = "Parties" })).ToContainTextAsync(colleagueName);

        // The colleague finds it in its workspace, among the requests it joined.
        var joined = await portal.SignInAsync(Actors.Seller(colleague));
        await joined.GotoAsync("/seller");
        await joined.WaitLiveAsync();
        var list = joined.GetByRole(AriaRole.Region, new() { Name = "Requests you joined as a colleague" });
        await Assertions.Expect(list).ToContainTextAsync(holder);
        await list.GetByRole(AriaRole.Link, new() { Name = sent.Name }).ClickAsync();
        await joined.WaitForURLAsync($"**{requestPage}");
        await joined.WaitLiveAsync();
        await Assertions.Expect(joined.GetByText("You joined this request as a colleague")).ToBeVisibleAsync();
        await Assertions.Expect(joined.Locator("fluent-button").Filter(new() { HasText = "Accept" })).ToHaveCountAsync(0);
        await joined.AssertAccessibleAsync("a co-sell request read by a colleague");
        var notes = joined.GetByRole(AriaRole.Region, new() { Name = "Shared notes" });
        await notes.Field("Add a note").FillAsync("I know their CTO.");
        await notes.Button("Add note").ClickAsync();
        await Assertions.Expect(notes).ToContainTextAsync("I know their CTO.");
        Assert.Contains(await client.GetNotes(alice, sent.Id), n => n.Text == "I know their CTO." && n.UserId == colleague);
    }
}
