using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>
/// Registering a won deal (screens 5 and 9, R30, R31): the checklist names each failed criterion, an eligible deal's
/// contract is submitted, and an Operator reviews it from the queue (comments needed to ask for more).
/// </summary>
public sealed class RegistrationTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task An_outbound_deal_names_its_failed_criteria_and_an_inbound_co_sell_is_registered_and_approved_R30_R31()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(portal.Server.Cluster.Client);
        var client = portal.Server.Cluster.Client;
        var b = Actors.AdminOf(scenario.PartnerB);

        // Not eligible: B's own private deal, won.
        var own = await client.CreateReferral(b, Requests.Private($"Own deal {scenario.PartnerB}"));
        await client.Close(b, own.Id, new CloseReferralRequest(CloseOutcome.Won));
        var page = await portal.SignInAsync(b);
        await page.GotoAsync($"/referrals/{Uri.EscapeDataString(own.Id)}");
        await page.WaitLiveAsync();
        var checklist = page.GetByRole(AriaRole.List, new() { Name = "Eligibility (R30)" });
        await Assertions.Expect(checklist.Locator("li.failed")).ToHaveCountAsync(2);
        await Assertions.Expect(checklist.Locator("li.failed").First).ToContainTextAsync("Microsoft invited your organization");
        await Assertions.Expect(page.Button("Submit registration")).ToHaveCountAsync(0);

        // Eligible: a seller's co-sell inviting B, engaged by Microsoft, won by B.
        var name = $"Synapse rollout {scenario.PartnerB}";
        var created = await client.CreateReferral(Actors.Seller(Actors.SellerUs),
            Requests.P2P(Requests.PartnerInvitation(scenario.PartnerB) with { Solutions = ["sol-msft"] }) with { Name = name, Solutions = ["sol-msft"] });
        var inbound = $"{created.Id}-{scenario.PartnerB}";
        await client.Accept(b, inbound);
        await client.Close(b, inbound, new CloseReferralRequest(CloseOutcome.Won));

        await page.GotoAsync($"/referrals/{Uri.EscapeDataString(inbound)}");
        await page.WaitLiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Eligibility (R30)" }).Locator("li.failed")).ToHaveCountAsync(0);
        var panel = page.Locator("section.registration");
        await panel.Field("Contract signed").FillAsync("11/20/2026");
        await panel.Field("Contract start").FillAsync("01/01/2027");
        await panel.Field("Contract end").FillAsync("12/31/2027");
        await panel.Field("Customer tenant id").FillAsync("contoso-tenant");
        await panel.Field("Registration contact first name").FillAsync("Ann");
        await panel.Field("Registration contact last name").FillAsync("Lee");
        await panel.Field("Registration contact phone").FillAsync("+1 425 555 0100");
        await panel.Field("Registration contact e-mail").FillAsync("ann@contoso.example");
        await page.AssertAccessibleAsync("registration form");
        await page.ScreenshotAsync("registration");
        await panel.Button("Submit registration").ClickAsync();
        await Assertions.Expect(panel.GetByRole(AriaRole.Status)).ToContainTextAsync("Registration submitted");

        // The Operator reviews it: asking for more needs comments (R31), approving closes it.
        var op = await portal.SignInAsync(Actors.Operator);
        await Assertions.Expect(op).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/operator$"));
        var row = op.Locator("table.results tr").Filter(new() { HasText = name });
        await row.Locator($"fluent-button[aria-label='Review {name}']").ClickAsync();
        var review = op.DialogTitled($"Review {name}");
        await review.ChooseAsync("Decision", "Request info");
        await review.Button("Record review").ClickAsync();
        await Assertions.Expect(review.FieldBox("Comments")).ToContainTextAsync("comments");
        await review.ChooseAsync("Decision", "Approve");
        await review.Button("Record review").ClickAsync();
        await Assertions.Expect(op.GetByRole(AriaRole.Status).Filter(new() { HasText = "is approved" })).ToBeVisibleAsync();
        await op.AssertAccessibleAsync("operations");
        await op.ScreenshotAsync("operations");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("section.registration").GetByRole(AriaRole.Status)).ToContainTextAsync("Registration approved");
    }
}
