using CoSell.Client;
using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>
/// Working a deal, part two (screen 5): editing an accepted deal sends only what changed (R23) and a refusal shows at
/// its field; inviting later offers what R27's table allows, Microsoft only with the contact and consent R10 asks for.
/// </summary>
public sealed class EditAndInviteTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private CoSellClient Client => portal.Server.Cluster.Client;

    [Fact]
    public async Task The_owner_edits_a_deal_a_bad_value_is_shown_at_its_field_and_a_cleared_CRM_id_is_removed_R23()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var deal = await Client.CreateReferral(alice, Requests.Private($"Editable {scenario.PartnerA}"));
        Assert.Equal("OPP-77", deal.Details.CrmId);

        var page = await portal.SignInAsync(alice);
        await page.GotoAsync($"/referrals/{deal.Id}");
        await page.WaitLiveAsync();
        await page.Button("Edit deal").ClickAsync();
        var dialog = page.DialogTitled($"Edit {deal.Name}");
        await dialog.Field("Deal value").FillAsync("lots");
        await dialog.Field("CRM id").FillAsync("");
        await dialog.Field("Deal name").FillAsync($"Edited {scenario.PartnerA}");
        await dialog.Button("Save changes").ClickAsync();
        await Assertions.Expect(dialog.FieldBox("Deal value")).ToContainTextAsync("lots");
        Assert.Equal(deal.Name, (await Client.GetReferral(alice, deal.Id)).Name);
        await page.AssertAccessibleAsync("edit deal dialog");

        await dialog.Field("Deal value").FillAsync("300000");
        await dialog.Button("Save changes").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "is saved" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Edited {scenario.PartnerA}");

        var stored = await Client.GetReferral(alice, deal.Id);
        Assert.Equal(300_000m, stored.Details.DealValue);
        Assert.Null(stored.Details.CrmId);
        Assert.Equal(deal.Team, stored.Team);
        Assert.Contains(await Client.GetHistory(alice, deal.Id), h => h.Description == "Changed name, details.");
    }

    [Fact]
    public async Task Inviting_later_follows_R27_Microsoft_needs_the_contact_and_consent_and_a_partner_gets_its_own_terms_R10_R16_R27()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var (partnerId, partnerName) = await UniquePartners.RegisterAsync(Client, "Proseware");
        var alice = Actors.AdminOf(scenario.PartnerA);
        var deal = await Client.CreateReferral(alice, Requests.Private($"Invite later {scenario.PartnerA}"));

        var page = await portal.SignInAsync(alice);
        await page.GotoAsync($"/referrals/{deal.Id}");
        await page.WaitLiveAsync();

        // Private: Microsoft is offered, but without the customer contact the rule of R10 refuses, and nothing changes.
        await page.Button("Ask Microsoft").ClickAsync();
        var ask = page.DialogTitled("Ask Microsoft to co-sell");
        await ask.Button("Send invitation").ClickAsync();
        await Assertions.Expect(ask.GetByRole(AriaRole.Alert)).ToContainTextAsync("customerProfile.contact");
        Assert.Equal(DealType.Private, (await Client.GetReferral(alice, deal.Id)).DealType);
        await ask.Button("Cancel").ClickAsync();

        await page.Button("Edit deal").ClickAsync();
        var edit = page.DialogTitled($"Edit {deal.Name}");
        await edit.Field("Contact first name").FillAsync("Ann");
        await edit.Field("Contact last name").FillAsync("Lee");
        await edit.Field("Contact phone").FillAsync("+1 425 555 0100");
        await edit.Field("Contact e-mail").FillAsync("ann@contoso.example");
        await edit.Checkbox("The customer consents").ClickAsync();
        await edit.Button("Save changes").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "is saved" })).ToBeVisibleAsync();

        await page.Button("Ask Microsoft").ClickAsync();
        await ask.Button("Send invitation").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Microsoft is invited" })).ToContainTextAsync("now Co-sell");
        // Co-sell: Microsoft is part of it; partners may still be invited by the deal's creator (R27).
        await Assertions.Expect(page.Button("Ask Microsoft")).ToHaveCountAsync(0);

        await page.Button("Invite a partner").ClickAsync();
        var invite = page.DialogTitled("Invite a partner");
        await invite.Field("Partner name or solution").FillAsync(partnerName);
        await invite.Locator($"fluent-button[aria-label='Choose {partnerName}']").ClickAsync();
        await invite.Field($"Value for {partnerName}").FillAsync("45000");
        await invite.Button("Send invitation").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"{partnerName} is invited" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("referral after inviting");

        var received = await Eventually.Until(
            () => Client.ListReferrals(Actors.AdminOf(partnerId), new ReferralQuery { Direction = ReferralDirection.Incoming }),
            p => p.Items.Count > 0, "the partner's inbound referral");
        var inbound = Assert.Single(received.Items);
        Assert.Equal(45_000m, inbound.DealValue);
        Assert.Equal(deal.EngagementId, inbound.EngagementId);
        Assert.Equal(DealType.CoSell, (await Client.GetReferral(alice, deal.Id)).DealType);
    }
}
