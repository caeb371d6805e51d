using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>The accept and decline dialogs (R19, R20), on the referral page and from the Inbound list: the receiver's own terms, and refusals shown at their field (R41).</summary>
public sealed class AnswerTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Accepting_with_own_terms_shows_a_bad_team_e_mail_at_its_field_then_accepts_R19_R41()
    {
        var (scenario, received) = await ReceivedAsync("Fabrikam lakehouse");
        var bea = Actors.AdminOf(scenario.PartnerB, user: "bea");
        var page = await portal.SignInAsync(bea);
        await page.GotoAsync($"/referrals/{Uri.EscapeDataString(received)}");
        await page.WaitLiveAsync();

        await page.Button("Accept").ClickAsync();
        var dialog = page.DialogTitled("Accept Fabrikam lakehouse");
        await Assertions.Expect(dialog.Field("Deal name")).ToBeVisibleAsync();
        await dialog.Field("Deal value").FillAsync("55000");
        await dialog.Field("CRM id").FillAsync("NW-CRM-9");
        await dialog.Button("Add a team member").ClickAsync();
        await dialog.Field("First name").FillAsync("Bea");
        await dialog.Field("Last name").FillAsync("Stone");
        await dialog.Field("Phone").FillAsync("+1 425 555 0199");
        await dialog.Field("E-mail").FillAsync("bea-at-northwind");
        await page.ScreenshotAsync("accept-dialog");
        await page.AssertAccessibleAsync("accept dialog");

        await dialog.Button("Accept").ClickAsync();
        await Assertions.Expect(dialog.FieldBox("E-mail")).ToContainTextAsync("team[0].email 'bea-at-northwind' is not a valid e-mail address.");
        await page.AssertAccessibleAsync("accept dialog with an error");
        Assert.Equal(ReferralStatus.New, (await portal.Server.Cluster.Client.GetReferral(bea, received)).Status);

        await dialog.Field("E-mail").FillAsync("bea@northwind.example");
        await dialog.Button("Accept").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "is accepted" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("55,000 USD")).ToBeVisibleAsync();

        var accepted = await portal.Server.Cluster.Client.GetReferral(bea, received);
        Assert.Equal((Substatus.Accepted, 55_000m, "NW-CRM-9"), (accepted.Substatus, accepted.Details.DealValue, accepted.Details.CrmId));
        Assert.Equal("bea@northwind.example", Assert.Single(accepted.Team).Email);
    }

    [Fact]
    public async Task Declining_needs_a_reason_and_for_Other_notes_each_shown_at_its_field_R20()
    {
        var (scenario, received) = await ReceivedAsync("Tailspin migration");
        var page = await portal.SignInAsync(Actors.AdminOf(scenario.PartnerB));
        await page.GotoAsync($"/referrals/{Uri.EscapeDataString(received)}");
        await page.WaitLiveAsync();

        await page.Button("Decline").ClickAsync();
        var dialog = page.DialogTitled("Decline Tailspin migration");
        await dialog.Button("Decline").ClickAsync();
        await Assertions.Expect(dialog.FieldBox("Reason")).ToContainTextAsync("A decline reason is required");

        await dialog.ChooseAsync("Reason", "Other");
        await dialog.Button("Decline").ClickAsync();
        await Assertions.Expect(dialog.FieldBox("Notes")).ToContainTextAsync("Declining for reason Other needs notes");
        await page.AssertAccessibleAsync("decline dialog with an error");

        await dialog.Field("Notes").FillAsync("We do not serve this region.");
        await dialog.Button("Decline").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "is declined" })).ToBeVisibleAsync();
        Assert.Equal(Substatus.Declined, (await portal.Server.Cluster.Client.GetReferral(Actors.AdminOf(scenario.PartnerB), received)).Substatus);
    }

    [Fact]
    public async Task A_received_referral_is_accepted_from_the_Inbound_list_R19_R32()
    {
        var (scenario, received) = await ReceivedAsync("Contoso warehouse");
        var bea = Actors.AdminOf(scenario.PartnerB, user: "bea");
        var page = await portal.SignInAsync(bea);
        await page.WaitLiveAsync();
        var row = page.Locator("fluent-data-grid-row, tr").Filter(new() { HasText = "Contoso warehouse" });

        await row.Locator("fluent-button[aria-label='Accept Contoso warehouse']").ClickAsync();
        var dialog = page.DialogTitled("Accept Contoso warehouse");
        await Assertions.Expect(dialog.Field("Deal value")).ToHaveValueAsync("40000");
        await dialog.Button("Accept").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Contoso warehouse is accepted" })).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("fluent-button[aria-label='Accept Contoso warehouse']")).ToHaveCountAsync(0);
        Assert.Equal(Substatus.Accepted, (await portal.Server.Cluster.Client.GetReferral(bea, received)).Substatus);
        await page.AssertAccessibleAsync("inbound list after answering");
    }

    /// <summary>A referral partner A sent to partner B of a scenario of its own; the id of B's received referral.</summary>
    private async Task<(Scenario Scenario, string Received)> ReceivedAsync(string name)
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(portal.Server.Cluster.Client);
        var sent = await portal.Server.Cluster.Client.CreateReferral(Actors.AdminOf(scenario.PartnerA),
            Requests.P2P(Requests.PartnerInvitation(scenario.PartnerB)) with { Name = name });
        return (scenario, sent.Participants.Single(p => p.OrganizationId == scenario.PartnerB).ReferralId);
    }
}
