using CoSell.Client;
using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>
/// Issue 16, point 2, in the Operator's workspace: a co-sell request no seller's territory holds waits in the co-sell
/// queue; the Operator assigns it to a seller, who then holds it with its original deadline; the queue's owners are
/// set there, a bad address refused at its field (R4, R22, R41).
/// </summary>
public sealed class CoSellQueueTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private CoSellClient Client => portal.Server.Cluster.Client;

    [Fact]
    public async Task An_Operator_assigns_a_queued_request_to_a_seller_and_names_the_queues_owners_R4_R22()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        await Client.CreateReferral(Actors.AdminOf(scenario.PartnerA), Requests.CoSell() with
        {
            Customer = new CustomerInput("c-200", Requests.Ann),
            Name = $"Litware queued {scenario.PartnerA}",
        });

        var page = await portal.SignInAsync(Actors.Operator);
        await page.GotoAsync("/operator");
        await page.WaitInteractiveAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Co-sell queue" }).ClickAsync();
        var queue = page.TabSection("Co-sell requests waiting for a seller");
        var row = queue.Locator("tbody tr").Filter(new() { HasText = $"Litware queued {scenario.PartnerA}" });
        await Assertions.Expect(row).ToContainTextAsync("14 d 0 h left");
        await page.AssertAccessibleAsync("operator co-sell queue");
        await page.ScreenshotAsync("operator-cosell-queue");

        // No seller chosen: refused, and the request stays.
        await row.Locator($"fluent-button[aria-label='Assign Litware queued {scenario.PartnerA}']").ClickAsync();
        await Assertions.Expect(queue).ToContainTextAsync("Name the seller");
        await row.GetByLabel($"Seller for Litware queued {scenario.PartnerA}").SelectOptionAsync(Actors.SellerUs);
        await row.Locator($"fluent-button[aria-label='Assign Litware queued {scenario.PartnerA}']").ClickAsync();
        await Assertions.Expect(queue.GetByRole(AriaRole.Status)).ToContainTextAsync("is assigned to Sam Seller; it keeps its deadline");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        var held = (await Client.ListReferrals(Actors.Seller(Actors.SellerUs), new ReferralQuery())).Items;
        Assert.Contains(held, r => r.Name == $"Litware queued {scenario.PartnerA}" && r.ExpirationDateTime == CoSellCluster.Start.AddDays(14));

        await queue.Field("Owner e-mails").FillAsync("not an address");
        await queue.Button("Save owners").ClickAsync();
        await Assertions.Expect(queue.FieldBox("Owner e-mails")).ToContainTextAsync("is not a valid e-mail address");
        await queue.Field("Owner e-mails").FillAsync("cosell-ops@microsoft.example");
        await queue.Field("Owner sellers").FillAsync(Actors.SellerUs2);
        await queue.Button("Save owners").ClickAsync();
        await Assertions.Expect(queue.GetByRole(AriaRole.Status)).ToContainTextAsync("The queue's owners are saved.");
        var owners = await Client.GetQueueOwners(Actors.Operator);
        Assert.Equal([Actors.SellerUs2], owners.SellerIds);
        Assert.Equal(["cosell-ops@microsoft.example"], owners.Emails);
    }

    [Fact]
    public async Task The_partner_sees_each_Microsoft_seller_and_may_ask_Microsoft_again_after_a_decline_R22_R28()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var deal = await Client.CreateReferral(alice, Requests.CoSell() with { Name = $"Team deal {scenario.PartnerA}" });
        var seller = Actors.Seller(deal.Microsoft.SellerId!);
        var colleague = deal.Microsoft.SellerId == Actors.SellerUs ? Actors.SellerUs2 : Actors.SellerUs;
        var request = $"{deal.Id}-{Organizations.Microsoft}";
        await Client.AddColleague(seller, request, colleague);

        var page = await portal.SignInAsync(alice);
        await page.GotoAsync($"/referrals/{Uri.EscapeDataString(deal.Id)}");
        await page.WaitLiveAsync();
        var parties = page.GetByRole(AriaRole.Region, new() { Name = "Parties" });
        await Assertions.Expect(parties).ToContainTextAsync($"seller {deal.Microsoft.SellerId}");
        await Assertions.Expect(parties).ToContainTextAsync($"with {(colleague == Actors.SellerUs ? "Sam Seller" : "Sue Seller")}");
        await Assertions.Expect(page.Button("Ask Microsoft again")).ToHaveCountAsync(0);

        await Client.Decline(seller, request, new DeclineReferralRequest(DeclineReason.CustomerNotReady));
        await Assertions.Expect(parties).ToContainTextAsync("Declined");
        await Assertions.Expect(page.Button("Ask Microsoft again")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("referral with Microsoft's team, declined");
    }
}
