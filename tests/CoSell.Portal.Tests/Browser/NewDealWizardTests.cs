using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>The new-deal wizard (R9–R17): customer → contact and consent → details → team → solutions → sale type → review.</summary>
public sealed class NewDealWizardTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_co_sell_and_partner_deal_is_created_through_every_step_and_a_refusal_returns_to_its_field_R9_R16_R41()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(portal.Server.Cluster.Client);
        var (wingtipId, wingtip) = await UniquePartners.RegisterAsync(portal.Server.Cluster.Client, "Wingtip");
        var alice = Actors.AdminOf(scenario.PartnerA);
        var page = await portal.SignInAsync(alice);
        await page.GotoAsync("/referrals/new");
        await page.WaitInteractiveAsync();
        var main = page.Locator("main");

        // Customer: search and pick.
        await main.PickContosoAsync();
        await Assertions.Expect(main.GetByText("Customer: Contoso")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("new deal: customer");
        await page.ScreenshotAsync("new-deal-customer");
        await main.Button("Next").ClickAsync();

        // Contact and consent (needed to ask Microsoft for help).
        await main.FillContactWithConsentAsync();
        await main.Button("Next").ClickAsync();

        // Details: a value that is not an amount is refused at its field when the deal is sent.
        await main.FillDetailsAsync("Contoso lakehouse (portal)", "a lot");
        await main.Button("Next").ClickAsync();

        // Team: the first row.
        await main.FillFirstTeamMemberAsync();
        await main.Button("Next").ClickAsync();

        // Solutions.
        await main.Checkbox("Azure Synapse").ClickAsync();
        await main.Button("Next").ClickAsync();

        // Sale type: Microsoft and a partner found by search.
        await main.InviteMicrosoftAndPartnerAsync(wingtip);
        await Assertions.Expect(main.GetByRole(AriaRole.Region, new() { Name = $"Invitation to {wingtip}" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("new deal: sale type");
        await page.ScreenshotAsync("new-deal-sale-type");
        await main.Button("Next").ClickAsync();

        // Review and create: the amount is refused, the wizard returns to the details, the field says why.
        await page.AssertAccessibleAsync("new deal: review");
        await main.Button("Done").ClickAsync();
        await Assertions.Expect(main.FieldBox("Deal value")).ToContainTextAsync("'a lot' is not an amount");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("The deal was not created.");

        // The invitation's value was taken from the deal's: it is refused next, at its own field on the sale type step.
        await main.Field("Deal value").FillAsync("250000");
        for (var step = 0; step < 4; step++)
        {
            await main.Button("Next").ClickAsync();
        }

        await main.Button("Done").ClickAsync();
        await Assertions.Expect(main.FieldBox($"Value for {wingtip}")).ToContainTextAsync("'a lot' is not an amount");
        await main.Field($"Value for {wingtip}").FillAsync("40000");
        await main.Button("Next").ClickAsync();
        await main.Button("Done").ClickAsync();

        await page.WaitForURLAsync("**/referrals/*?created=1*");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contoso lakehouse (portal)", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "The deal is created." })).ToBeVisibleAsync();

        var created = (await portal.Server.Cluster.Client.ListReferrals(alice, new ReferralQuery { Direction = ReferralDirection.Outgoing })).Items.Single();
        var referral = await portal.Server.Cluster.Client.GetReferral(alice, created.Id);
        Assert.Equal((DealType.CoSell, 250_000m, new DateOnly(2027, 6, 30), "ann@contoso.example"),
            (referral.DealType, referral.Details.DealValue, referral.Details.ClosingDate, referral.CustomerProfile.Contact?.Email));
        Assert.Contains(referral.Participants, p => p.OrganizationId == wingtipId);
        Assert.NotEqual(MicrosoftStatus.None, referral.Microsoft.Status);
    }

    [Fact]
    public async Task A_deal_created_beside_an_open_one_for_the_customer_says_so_and_links_it_issue_16()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(portal.Server.Cluster.Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var first = await portal.Server.Cluster.Client.CreateReferral(alice, Requests.Private("Open Contoso deal"));
        var second = await portal.Server.Cluster.Client.CreateReferral(alice, Requests.Private("New Contoso deal"));
        Assert.Equal(first.Id, Assert.Single(second.Warnings!, w => w.Code == ReferralWarning.PossibleDuplicate).ReferralId);

        // Where the wizard lands after such a create.
        var page = await portal.SignInAsync(alice);
        await page.GotoAsync($"/referrals/{Uri.EscapeDataString(second.Id)}?created=1&duplicateOf={Uri.EscapeDataString(first.Id)}&notRegistrable=1");
        // axe looks at the interactive page: the prerendered one's text area is labelled only once its component is up.
        await page.WaitLiveAsync();
        await Assertions.Expect(page.GetByText("Possible duplicate:")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("A private deal cannot be registered (R30)")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("referral created beside a possible duplicate");
        await page.GetByRole(AriaRole.Link, new() { Name = "another open deal of yours" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open Contoso deal", Level = 1 })).ToBeVisibleAsync();
    }
}
