using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Support;

/// <summary>What every browser test does: sign in through the page, check a page with axe, keep a screenshot.</summary>
public static class PortalPages
{
    /// <summary>Where screenshots go: the test project's TestResults folder (git-ignored), one file per screen.</summary>
    public static string ScreenshotFolder { get; } =
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "portal"));

    /// <summary>A fresh browser context (its own cookies) signed in through the development sign-in form.</summary>
    public static async Task<IPage> SignInAsync(this PortalFixture portal, Actor actor, int width = 1280, int height = 900)
    {
        var context = await portal.Browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");
        await FillSignInAsync(page, actor);
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        return page;
    }

    public static async Task FillSignInAsync(IPage page, Actor actor)
    {
        await page.GetByLabel("Organization").FillAsync(actor.OrganizationId);
        await page.GetByLabel("Tenant").FillAsync(actor.TenantId);
        await page.GetByLabel("Role").SelectOptionAsync(actor.Roles[0].ToString());
        await page.GetByLabel("User").FillAsync(actor.UserId);
        await page.GetByLabel("Seller id").FillAsync(actor.SellerId ?? "");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>
    /// Axe on the page as it stands: no serious or critical violation (the bar). The failure lists each rule
    /// and the elements it found, which is what one needs to fix it.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page, string screen)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToArray();
        Assert.True(blocking.Length == 0, $"{screen}: axe found {blocking.Length} serious or critical violation(s):\n" + string.Join("\n", blocking.Select(Describe)));
    }

    /// <summary>A full-page screenshot of one screen, named after it, in <see cref="ScreenshotFolder"/>.</summary>
    public static async Task ScreenshotAsync(this IPage page, string screen)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{screen}.png"), FullPage = true });
    }

    private static string Describe(AxeResultItem violation) =>
        $"- {violation.Id} ({violation.Impact}): {violation.Help}\n" +
        string.Join("\n", violation.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}"));
}
