using Microsoft.Playwright;

namespace CoSell.Portal.Tests.Support;

/// <summary>
/// Debian's Chromium, launched headless by Playwright through its path (Playwright's own browser download is not
/// used; <c>./test.sh</c> installs the package). <c>COSELL_CHROMIUM</c> names another binary.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private Browser(IPlaywright playwright, IBrowser chromium)
    {
        _playwright = playwright;
        Chromium = chromium;
    }

    public IBrowser Chromium { get; }

    public static string ExecutablePath => Environment.GetEnvironmentVariable("COSELL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<Browser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Test processes run as root in containers, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox"],
        });
        return new Browser(playwright, chromium);
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        _playwright.Dispose();
    }
}
