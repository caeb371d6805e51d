using CoSell.Testing;

namespace CoSell.Portal.Tests.Support;

/// <summary>
/// One in-process cluster with the scenario ecosystem for the component tests: a dialog's refusal is the grains' own
/// (the rule and the field it names, R41), not a made-up one, so a test proves the form shows the real target.
/// </summary>
public sealed class ComponentCluster : IAsyncLifetime
{
    private CoSellCluster? _cluster;

    public CoSellCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster did not start.");

    public async Task InitializeAsync() => _cluster = await CoSellCluster.StartWithEcosystemAsync();

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
