using CoSell.Client;
using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>
/// The Operator's directory (screen 9): sellers, partners, customers and solutions, each listed or searched, registered
/// and edited; a refusal shows at the field it names and stores nothing (R41). Checked through the client too.
/// </summary>
public sealed class OperatorDirectoryTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static int s_next;

    private CoSellClient Client => portal.Server.Cluster.Client;

    [Fact]
    public async Task An_Operator_registers_and_edits_a_seller_and_a_bad_territory_is_refused_at_its_field_R4()
    {
        var id = $"seller-ui-{Interlocked.Increment(ref s_next)}";
        var page = await OpenTabAsync("Sellers");
        var sellers = page.TabSection("Microsoft sellers");
        await Assertions.Expect(sellers.Locator("tbody tr").Filter(new() { HasText = $"({Actors.SellerUs})" })).ToContainTextAsync("US, CA");

        await sellers.Field("Seller id").FillAsync(id);
        await sellers.Field("Name").FillAsync("Nora Seller");
        await sellers.Field("Seller e-mail").FillAsync("nora@microsoft.example");
        await sellers.Field("Territory").FillAsync("NO, Narnia");
        await sellers.Button("Register seller").ClickAsync();
        await Assertions.Expect(sellers.FieldBox("Territory")).ToContainTextAsync("Narnia");
        Assert.Null(await Client.GetSeller(id));

        await sellers.Field("Territory").FillAsync("NO, SE");
        await sellers.Button("Register seller").ClickAsync();
        await Assertions.Expect(sellers.GetByRole(AriaRole.Status)).ToContainTextAsync($"Seller Nora Seller ({id}) is registered for NO, SE");
        await page.AssertAccessibleAsync("operator sellers");
        await page.ScreenshotAsync("operator-sellers");

        await sellers.Locator("fluent-button[aria-label='Edit Nora Seller']").ClickAsync();
        await Assertions.Expect(sellers.Button("Save seller")).ToBeVisibleAsync();
        await sellers.Field("Territory").FillAsync("NO, SE, DK");
        await sellers.Button("Save seller").ClickAsync();
        await Assertions.Expect(sellers.Locator("tbody tr").Filter(new() { HasText = id })).ToContainTextAsync("NO, SE, DK");
        Assert.Equal(["NO", "SE", "DK"], (await Client.GetSeller(id))!.Territory);
    }

    [Fact]
    public async Task An_Operator_registers_a_partner_finds_it_and_edits_it_and_a_partner_without_a_tenant_is_refused_R1_R2()
    {
        var id = (7_100_000 + Interlocked.Increment(ref s_next)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var page = await OpenTabAsync("Partners");
        var partners = page.TabSection("Partners");

        await partners.Field("Partner id").FillAsync(id);
        await partners.Field("Name").FillAsync($"Wingtip {id}");
        await partners.Field("Partner country").FillAsync("gb");
        await partners.Field("Referral admin e-mails").FillAsync($"deals@{id}.example");
        await partners.Button("Register partner").ClickAsync();
        await Assertions.Expect(partners.FieldBox("Primary tenant")).ToContainTextAsync("at least one tenant");
        Assert.Null(await Client.GetPartner(id));

        await partners.Field("Primary tenant").FillAsync($"t-{id}-a");
        await partners.Field("Other tenants").FillAsync($"t-{id}-b");
        await partners.Button("Register partner").ClickAsync();
        await Assertions.Expect(partners.GetByRole(AriaRole.Status)).ToContainTextAsync($"Partner Wingtip {id} ({id}) is registered with 2 tenants");

        await partners.Field("Partner name").FillAsync($"Wingtip {id}");
        var found = partners.Locator("tbody tr").Filter(new() { HasText = id });
        await Assertions.Expect(found).ToContainTextAsync("GB");
        await found.Locator("fluent-button").ClickAsync();
        await Assertions.Expect(partners.Field("Primary tenant")).ToHaveValueAsync($"t-{id}-a");
        await partners.Checkbox("Vetted for solution assessments").ClickAsync();
        await partners.Button("Save partner").ClickAsync();
        await Assertions.Expect(partners.GetByRole(AriaRole.Status)).ToContainTextAsync($"Partner Wingtip {id}");
        var stored = await Client.GetPartner(id);
        Assert.True(stored!.SolutionAssessmentVetted);
        Assert.Equal([$"t-{id}-a", $"t-{id}-b"], stored.Tenants.Select(t => t.Id));
        Assert.Equal($"t-{id}-a", stored.PrimaryTenantId);
        await page.AssertAccessibleAsync("operator partners");
    }

    [Fact]
    public async Task An_Operator_registers_a_customer_and_a_solution_and_refusals_show_at_their_fields_R9_R13()
    {
        var n = Interlocked.Increment(ref s_next);
        var page = await OpenTabAsync("Customers");
        var customers = page.TabSection("Customers");
        await customers.Field("Customer id").FillAsync($"c-ui-{n}");
        await customers.Field("Name").FillAsync($"Adatum {n}");
        await customers.Field("City").FillAsync("Oslo");
        await customers.Button("Register customer").ClickAsync();
        await Assertions.Expect(customers.FieldBox("Customer country")).ToContainTextAsync("is not an ISO 3166-1 alpha-2 country code");
        Assert.DoesNotContain(await Client.SearchCustomers($"Adatum {n}"), c => c.Id == $"c-ui-{n}");

        await customers.Field("Customer country").FillAsync("NO");
        await customers.Button("Register customer").ClickAsync();
        await Assertions.Expect(customers.GetByRole(AriaRole.Status)).ToContainTextAsync($"Customer Adatum {n} (c-ui-{n}) is registered in NO");
        await customers.Field("Customer name").FillAsync($"Adatum {n}");
        await Assertions.Expect(customers.Locator("tbody tr").Filter(new() { HasText = $"c-ui-{n}" })).ToContainTextAsync("Oslo");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Solutions" }).ClickAsync();
        var solutions = page.TabSection("Solutions");
        await Assertions.Expect(solutions.Locator("tbody tr").Filter(new() { HasText = "sol-a" })).ToContainTextAsync("Yes");
        await solutions.Field("Solution id").FillAsync($"sol-ui-{n}");
        await solutions.Field("Solution name").FillAsync($"Adatum backup {n}");
        await solutions.Field("Publisher").FillAsync("9876543");
        await solutions.Button("Register solution").ClickAsync();
        await Assertions.Expect(solutions.FieldBox("Publisher")).ToContainTextAsync("not a registered partner");
        Assert.DoesNotContain(await Client.ListSolutions(), s => s.Id == $"sol-ui-{n}");

        await solutions.Field("Publisher").FillAsync(Actors.PartnerA);
        await solutions.Checkbox("Incentive eligible").ClickAsync();
        await solutions.Button("Register solution").ClickAsync();
        await Assertions.Expect(solutions.Locator("tbody tr").Filter(new() { HasText = $"sol-ui-{n}" })).ToContainTextAsync("Yes");
        Assert.True((await Client.ListSolutions(Actors.PartnerA)).Single(s => s.Id == $"sol-ui-{n}").IncentiveEligible);
        await page.AssertAccessibleAsync("operator solutions");
    }

    private async Task<IPage> OpenTabAsync(string tab)
    {
        var page = await portal.SignInAsync(Actors.Operator);
        await page.GotoAsync("/operator");
        await page.WaitInteractiveAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
        return page;
    }
}
