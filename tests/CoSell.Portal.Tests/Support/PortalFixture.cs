namespace CoSell.Portal.Tests.Support;

/// <summary>One cluster, one portal and one browser for the tests of a class: starting them costs seconds.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public PortalServer Server { get; private set; } = null!;

    public Browser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var server = PortalServer.StartAsync();
        var browser = Browser.LaunchAsync();
        Server = await server;
        Browser = await browser;
    }

    public async Task DisposeAsync()
    {
        // The portal's warnings and errors beside the screenshots, for whoever reads a failed run.
        Directory.CreateDirectory(PortalPages.ScreenshotFolder);
        await File.AppendAllLinesAsync(Path.Combine(PortalPages.ScreenshotFolder, "portal-warnings.log"), Server.Logs.Warnings);
        await Browser.DisposeAsync();
        await Server.DisposeAsync();
    }
}
