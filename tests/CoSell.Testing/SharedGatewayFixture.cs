namespace CoSell.Testing;

/// <summary>
/// One in-process cluster with the scenario ecosystem and the REST gateway over it, shared by the test classes of a
/// collection (<c>ICollectionFixture</c>) or the tests of a class (<c>IClassFixture</c>): starting them costs about
/// two CPU-seconds, more than most gateway tests. In a collection each test acts as the partners of a
/// <see cref="Scenario"/> of its own, so none sees another's data.
/// </summary>
public sealed class SharedGatewayFixture : IAsyncLifetime
{
    public GatewayServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await GatewayServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>Three partners registered for one test.</summary>
    public async Task<Scenario> NewScenarioAsync()
    {
        var scenario = new Scenario();
        await scenario.RegisterAsync(Server.Cluster.Client);
        return scenario;
    }
}
