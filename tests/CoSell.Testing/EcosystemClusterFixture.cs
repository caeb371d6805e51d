namespace CoSell.Testing;

/// <summary>
/// One in-process cluster with the scenario ecosystem, shared by the tests of a class (<c>IClassFixture</c>).
/// Tests that share it create their own referrals and never assume an empty view.
/// </summary>
public sealed class EcosystemClusterFixture : IAsyncLifetime
{
    public CoSellCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await CoSellCluster.StartWithEcosystemAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
