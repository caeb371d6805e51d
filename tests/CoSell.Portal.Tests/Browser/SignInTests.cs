using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>The development sign-in: only registered organizations and their own tenants (R2, R3); the rest named at the field.</summary>
public sealed class SignInTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_page_asked_for_without_a_sign_in_leads_to_the_sign_in_and_back()
    {
        var page = await portal.OpenAsync();
        await page.GotoAsync("/referrals/r-unknown");
        Assert.Contains("/signin?ReturnUrl=%2Freferrals%2Fr-unknown", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync("sign-in");
        await page.ScreenshotAsync("sign-in");

        await PortalPages.FillSignInAsync(page, Actors.AdminOf(Actors.PartnerA));
        await page.WaitForURLAsync("**/referrals/r-unknown");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not found", new() { IgnoreCase = true });
    }

    [Fact]
    public async Task An_unregistered_partner_or_a_tenant_of_another_is_refused_at_its_field_R2()
    {
        var page = await portal.OpenAsync();
        await page.GotoAsync("/signin");

        await PortalPages.FillSignInAsync(page, Actors.AdminOf("9999999", tenant: "t-x"));
        await Assertions.Expect(page.Locator("#organization ~ .validation-message")).ToHaveTextAsync(
            "No partner '9999999' is registered (give its id, or 3 letters or more of its name).");

        await PortalPages.FillSignInAsync(page, Actors.AdminOf(Actors.PartnerA, tenant: Actors.PrimaryTenant(Actors.PartnerB)));
        await Assertions.Expect(page.Locator("#tenant ~ .validation-message")).ToContainTextAsync("is not a tenant of Fabrikam");
        await page.AssertAccessibleAsync("sign-in with errors");
        Assert.Contains("/signin", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Microsoft_roles_stay_with_Microsoft_R3()
    {
        var page = await portal.OpenAsync();
        await page.GotoAsync("/signin");

        await PortalPages.FillSignInAsync(page, new Actor(Actors.PartnerA, Actors.PrimaryTenant(Actors.PartnerA), "mallory", [Role.Operator]));
        await Assertions.Expect(page.Locator("#role ~ .validation-message")).ToContainTextAsync("Operator is a Microsoft role");
    }

    [Fact]
    public async Task A_partner_is_found_by_its_name_and_several_matches_are_named_to_pick_from()
    {
        var client = portal.Server.Cluster.Client;
        var (id, name) = await UniquePartners.RegisterAsync(client, "Lakeside Bikes");
        await new Scenario().RegisterAsync(client);
        await new Scenario().RegisterAsync(client);

        // Every scenario's first partner is a Fabrikam: the name alone does not say which.
        var page = await portal.OpenAsync();
        await page.GotoAsync("/signin");
        await PortalPages.FillSignInAsync(page, Actors.AdminOf("Fabrikam", tenant: ""));
        await Assertions.Expect(page.Locator("#organization ~ .validation-message")).ToContainTextAsync("Several partners match 'Fabrikam'");
        await page.AssertAccessibleAsync("sign-in naming the partners a name matches");

        await PortalPages.FillSignInAsync(page, Actors.AdminOf(name.ToLowerInvariant(), tenant: ""));
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync(id);
    }
}
