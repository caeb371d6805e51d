namespace CoSell.Portal.Tests.Support;

/// <summary>One cluster, one portal and one browser for the tests of a class: starting them costs seconds.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private PortalServer? _server;
    private Browser? _browser;

    public PortalServer Server => _server ?? throw new InvalidOperationException("The portal did not start.");

    public Browser Browser => _browser ?? throw new InvalidOperationException("The browser did not start.");

    public async Task InitializeAsync()
    {
        var server = PortalServer.StartAsync();
        var browser = Browser.LaunchAsync();
        try
        {
            _browser = await browser;
        }
        finally
        {
            // A browser that failed to start still leaves a started cluster to stop.
            _server = await server;
        }
    }

    public async Task DisposeAsync()
    {
        // Whatever started is stopped, even when the other part failed to start (a missing browser, say).
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_server is not null)
        {
            // The portal's warnings and errors beside the screenshots, for whoever reads a failed run.
            Directory.CreateDirectory(PortalPages.ScreenshotFolder);
            await File.AppendAllLinesAsync(Path.Combine(PortalPages.ScreenshotFolder, "portal-warnings.log"), _server.Logs.Warnings);
            await _server.DisposeAsync();
        }
    }
}
