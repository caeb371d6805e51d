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
        await Browser.DisposeAsync();
        await Server.DisposeAsync();
    }
}
