using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>
/// A gateway test class of the shared gateway collection: the collection's server, and partners of the test's own
/// (<see cref="Testing.Scenario"/>) registered before each test.
/// </summary>
public abstract class ScenarioGatewayTests(SharedGatewayFixture fixture) : IAsyncLifetime
{
    protected GatewayServer Server { get; } = fixture.Server;

    protected Scenario Scenario { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Scenario = await fixture.NewScenarioAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
