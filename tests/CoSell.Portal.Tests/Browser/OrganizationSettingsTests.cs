using CoSell.Client;
using CoSell.Portal.Tests.Support;
using CoSell.Testing;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Browser;

/// <summary>
/// Organization settings (screen 10), for a PartnerAdmin: tenants and links (R2), CRM stage mappings (R38), webhooks
/// and their delivery log (R36), mail opt-outs and the mail log (R34), responsiveness (R37). Each change is checked
/// through the client too: the page shows what the grains stored.
/// </summary>
public sealed class OrganizationSettingsTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private CoSellClient Client => portal.Server.Cluster.Client;

    [Fact]
    public async Task A_PartnerAdmin_links_a_tenant_and_maps_CRM_stages_and_a_refused_mapping_changes_nothing_R2_R38()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var admin = AdminOf(scenario.PartnerA);

        var page = await portal.SignInAsync(admin);
        await page.GotoAsync("/settings");
        await page.WaitInteractiveAsync();

        var second = Actors.SecondTenant(scenario.PartnerA);
        var row = page.Locator("table.results tr").Filter(new() { HasText = second });
        await Assertions.Expect(row).ToContainTextAsync("No");
        await row.Locator($"fluent-button[aria-label='Link {second}']").ClickAsync();
        await Assertions.Expect(row.Locator($"fluent-button[aria-label='Unlink {second}']")).ToBeVisibleAsync();
        Assert.Contains(second, await Client.GetVisibleTenants(admin));

        var mappings = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "CRM stage mappings" }) });
        await Assertions.Expect(mappings).ToContainTextAsync("No CRM stage is mapped");
        await mappings.Button("Add a CRM stage").ClickAsync();
        await mappings.Button("Save mappings").ClickAsync();
        await Assertions.Expect(mappings.Locator(".field-error")).ToContainTextAsync("1 to 100 characters");
        Assert.Empty(await Client.GetStageMappings(admin));

        await mappings.Locator("ol.mappings li").Last.Field("CRM stage").FillAsync("Discovery");
        await mappings.Locator("ol.mappings li").Last.ChooseAsync("Standard stage for Discovery", "Developed");
        await mappings.Button("Save mappings").ClickAsync();
        await Assertions.Expect(mappings.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved 1 CRM stage");
        Assert.Equal(SalesStage.Developed, (await Client.GetStageMappings(admin))["Discovery"]);

        await page.AssertAccessibleAsync("organization settings");
        await page.ScreenshotAsync("organization-settings");
    }

    [Fact]
    public async Task A_PartnerAdmin_registers_a_webhook_and_reads_its_deliveries_and_failures_R36()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var admin = AdminOf(scenario.PartnerA);
        await using var receiver = await WebhookReceiver.StartAsync(refuse: _ => true);

        var page = await portal.SignInAsync(admin);
        await page.GotoAsync("/settings");
        await page.WaitInteractiveAsync();
        var webhooks = page.Locator("section.webhooks");
        await Assertions.Expect(webhooks).ToContainTextAsync("No webhook is registered.");

        await webhooks.Field("URL").FillAsync("not a url");
        await webhooks.Button("Register webhook").ClickAsync();
        await Assertions.Expect(webhooks.FieldBox("URL")).ToContainTextAsync("absolute http or https URL");
        Assert.Empty(await Client.ListWebhooks(admin));

        await webhooks.Field("URL").FillAsync(receiver.Url);
        await webhooks.Button("Register webhook").ClickAsync();
        await Assertions.Expect(webhooks.GetByRole(AriaRole.Status)).ToContainTextAsync("it is not shown again");
        var registered = Assert.Single(await Client.ListWebhooks(admin));
        Assert.Equal(receiver.Url, registered.Url);

        // The receiver refuses every delivery: the log shows the attempt and the answer it got.
        await Client.CreateReferral(Actors.AdminOf(scenario.PartnerA), Requests.Private($"Hooked {scenario.PartnerA}"));
        await Eventually.Until(() => Client.GetWebhookDeliveries(admin, registered.Id), d => d.Any(x => x.Attempts > 0), "a delivery attempt");
        await webhooks.Locator($"fluent-button[aria-label='Deliveries to {receiver.Url}']").ClickAsync();
        var log = page.Locator("section.delivery-log");
        await Assertions.Expect(log.Locator("tbody tr").First).ToContainTextAsync("referral-created");
        await log.Checkbox("Failed or retrying only").ClickAsync();
        await Assertions.Expect(log.Locator("tbody tr").First).ToContainTextAsync("HTTP");
        await page.AssertAccessibleAsync("webhook deliveries");

        await webhooks.Locator($"fluent-button[aria-label='Delete {receiver.Url}']").ClickAsync();
        await webhooks.Button("Confirm delete").ClickAsync();
        await Assertions.Expect(webhooks).ToContainTextAsync("No webhook is registered.");
        Assert.Empty(await Client.ListWebhooks(admin));
    }

    [Fact]
    public async Task A_PartnerAdmin_stops_and_resumes_mail_to_an_address_and_sees_the_mail_log_and_responsiveness_R34_R37()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);
        var admin = AdminOf(scenario.PartnerB);
        // A referral from A to B: B's referral admins are notified (R34) and B has one referral to answer (R37).
        await Client.CreateReferral(Actors.AdminOf(scenario.PartnerA), Requests.P2P(Requests.PartnerInvitation(scenario.PartnerB)) with { Name = $"Mailed {scenario.PartnerB}" });

        var page = await portal.SignInAsync(admin);
        await page.GotoAsync("/settings");
        await page.WaitInteractiveAsync();
        var mail = page.Locator("section.mail");
        await Assertions.Expect(mail.Locator("tbody tr").Filter(new() { HasText = $"Mailed {scenario.PartnerB}" })).ToBeVisibleAsync();

        await mail.Field("E-mail address").FillAsync("someone@elsewhere.example");
        await mail.Button("Stop mail").ClickAsync();
        await Assertions.Expect(mail.FieldBox("E-mail address")).ToContainTextAsync("Only the address's own user");

        var address = $"admin@{scenario.PartnerB}.example";
        await mail.Field("E-mail address").FillAsync(address);
        await mail.Button("Stop mail").ClickAsync();
        await Assertions.Expect(mail.GetByRole(AriaRole.Status)).ToContainTextAsync($"No more notification mail goes to {address}");
        await mail.Button("Resume mail").ClickAsync();
        await Assertions.Expect(mail.GetByRole(AriaRole.Status)).ToContainTextAsync($"Notification mail goes to {address} again");

        var responsiveness = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Responsiveness" }) });
        await Assertions.Expect(responsiveness.Locator("dl")).ToContainTextAsync("Average time to answer");
        await page.AssertAccessibleAsync("organization settings, mail");
    }

    [Fact]
    public async Task Settings_are_not_offered_to_a_ReferralAdmin_R3()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Client);

        var page = await portal.SignInAsync(Actors.AdminOf(scenario.PartnerA));
        await Assertions.Expect(page.Locator("nav.app-nav a[href='/settings']")).ToHaveCountAsync(0);
        await page.GotoAsync("/settings");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not available to your role" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Organization settings" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("not available to your role");
    }

    private static Actor AdminOf(string partnerId) => new(partnerId, Actors.PrimaryTenant(partnerId), "pat", [Role.PartnerAdmin]);
}
