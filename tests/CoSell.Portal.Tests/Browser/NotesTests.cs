using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>Issue 16, point 4: the referral page's shared notes — another party's entry shown with author and organization, an empty note refused at its field, a new one added.</summary>
public sealed class NotesTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_party_reads_the_shared_thread_and_adds_a_note_the_other_party_reads()
    {
        var scenario = new Scenario();
        var client = portal.Server.Cluster.Client;
        await scenario.RegisterAsync(client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var deal = await client.CreateReferral(alice, Requests.P2P(Requests.PartnerInvitation(scenario.PartnerB)) with { Name = "Noted deal" });
        await client.AddNote(alice, deal.Id, "Customer wants a demo in May.");

        var bob = Actors.AdminOf(scenario.PartnerB, user: "bob");
        var page = await portal.SignInAsync(bob);
        await page.GotoAsync($"/referrals/{Uri.EscapeDataString($"{deal.Id}-{scenario.PartnerB}")}");
        await page.WaitInteractiveAsync();
        var notes = page.GetByRole(AriaRole.Region, new() { Name = "Shared notes" });
        await Assertions.Expect(notes).ToContainTextAsync("Customer wants a demo in May.");
        await Assertions.Expect(notes).ToContainTextAsync("alice (Fabrikam)");

        await notes.Button("Add note").ClickAsync();
        await Assertions.Expect(notes.FieldBox("Add a note")).ToContainTextAsync("A note has 1 to 4000 characters.");
        await notes.Field("Add a note").FillAsync("We can run the demo.");
        await notes.Button("Add note").ClickAsync();
        await Assertions.Expect(notes).ToContainTextAsync("bob (Northwind)");
        await page.AssertAccessibleAsync("referral with shared notes");
        Assert.Equal(["Customer wants a demo in May.", "We can run the demo."], (await client.GetNotes(alice, deal.Id)).Select(n => n.Text));
    }

    [Fact]
    public async Task Another_partys_note_appears_on_the_open_page_without_a_reload()
    {
        var scenario = new Scenario();
        var client = portal.Server.Cluster.Client;
        await scenario.RegisterAsync(client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var deal = await client.CreateReferral(alice, Requests.P2P(Requests.PartnerInvitation(scenario.PartnerB)) with { Name = "Live notes" });
        var bob = Actors.AdminOf(scenario.PartnerB, user: "bob");
        var page = await portal.SignInAsync(bob);
        await page.GotoAsync($"/referrals/{Uri.EscapeDataString($"{deal.Id}-{scenario.PartnerB}")}");
        await page.WaitLiveAsync();
        var notes = page.GetByRole(AriaRole.Region, new() { Name = "Shared notes" });
        await Assertions.Expect(notes).ToContainTextAsync("No notes yet");

        await client.AddNote(alice, deal.Id, "Pricing sheet is in the shared folder.");

        await Assertions.Expect(notes).ToContainTextAsync("Pricing sheet is in the shared folder.");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "added a shared note" })).ToContainTextAsync("Fabrikam (alice)");
    }

    [Fact]
    public async Task A_deal_lost_by_mistake_is_copied_as_new_from_its_page_R26()
    {
        var scenario = new Scenario();
        var client = portal.Server.Cluster.Client;
        await scenario.RegisterAsync(client);
        var alice = Actors.AdminOf(scenario.PartnerA);
        var deal = await client.CreateReferral(alice, Requests.Private("Lost by mistake"));
        await client.Close(alice, deal.Id, new CloseReferralRequest(CloseOutcome.Lost, "Wrong button"));

        var page = await portal.SignInAsync(alice);
        await page.GotoAsync($"/referrals/{Uri.EscapeDataString(deal.Id)}");
        await page.WaitInteractiveAsync();
        await page.AssertAccessibleAsync("a lost deal offering a copy");
        await page.Button("Copy as new deal").ClickAsync();
        await page.WaitForURLAsync("**/referrals/*?created=1*");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "The deal is created." })).ToBeVisibleAsync();
        var history = page.GetByRole(AriaRole.Region, new() { Name = "History" });
        await Assertions.Expect(history).ToContainTextAsync($"a copy of referral {deal.Id}");
        Assert.Equal(Substatus.Lost, (await client.GetReferral(alice, deal.Id)).Substatus);
    }
}
