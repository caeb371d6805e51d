using System.Collections.Concurrent;
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

    /// <summary>
    /// How long a step may wait for the page. Generous because these tests share two cores with the cluster tests
    /// running beside them; a step that works finishes as soon as the page shows it, so this costs nothing when green.
    /// </summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(45);

    private static readonly ConcurrentDictionary<IBrowserContext, ConcurrentQueue<string>> ExternalRequests = new();

    static PortalPages() => Assertions.SetDefaultExpectTimeout((float)StepTimeout.TotalMilliseconds);

    /// <summary>A fresh browser context (its own cookies), not signed in.</summary>
    public static async Task<IPage> OpenAsync(this PortalFixture portal, int width = 1280, int height = 900)
    {
        var context = await portal.Browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            // As many people set it: fewer animations, and none left half-way when a page is checked.
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout((float)StepTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)StepTimeout.TotalMilliseconds);
        // The portal serves everything it needs itself: a request leaving loopback (a component fetching a script from a
        // CDN, say) is refused, as it would fail behind a strict firewall, and recorded for the accessibility check.
        var external = ExternalRequests.GetOrAdd(context, _ => new ConcurrentQueue<string>());
        await context.RouteAsync(url => !new Uri(url).IsLoopback, async route =>
        {
            external.Enqueue(route.Request.Url);
            await route.AbortAsync();
        });
        return await context.NewPageAsync();
    }

    /// <summary>A fresh browser context (its own cookies) signed in through the development sign-in form.</summary>
    public static async Task<IPage> SignInAsync(this PortalFixture portal, Actor actor, int width = 1280, int height = 900)
    {
        var page = await portal.OpenAsync(width, height);
        await page.GotoAsync("/signin");
        await FillSignInAsync(page, actor);
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        // The page the sign-in lands on is prerendered first; a click before its circuit starts does nothing.
        await page.WaitInteractiveAsync();
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
    /// Axe on the page as it stands: no serious or critical violation (the issue's bar), and nothing fetched from beyond
    /// the portal. The failure lists each rule and the elements it found, which is what one needs to fix it.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page, string screen)
    {
        Assert.True(!ExternalRequests.TryGetValue(page.Context, out var external) || external.IsEmpty,
            $"{screen}: the page asked for something beyond the portal: {string.Join(", ", external ?? [])}");
        // A dialog fading in reads as low contrast half-way: axe looks once every finite animation and transition ended
        // (a spinner's endless one is left running).
        await page.EvaluateAsync(
            "() => Promise.all(document.getAnimations().filter(a => a.effect && isFinite(a.effect.getComputedTiming().endTime)).map(a => a.finished.catch(() => null)))");
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
