using CoSell.Tests.Support;

namespace CoSell.Tests.Cluster;

public sealed class SmokeTests
{
    [Fact]
    public async Task Private_create_round_trips_and_typed_errors_cross_the_wire()
    {
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync();
        var a = Actors.AdminOf(Actors.PartnerA);
        var created = await cluster.Client.CreateReferral(a, Requests.Private());
        Assert.Equal(Substatus.Accepted, created.Substatus);

        var error = await Assert.ThrowsAsync<CoSellException>(() => cluster.Client.CreateReferral(a, Requests.Private() with { Name = "" }));
        Assert.Equal(ErrorCode.ValidationFailed, error.Code);
        Assert.Equal("name", error.Target);
    }
}
