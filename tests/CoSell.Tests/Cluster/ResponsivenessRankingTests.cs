using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>R37 in the cluster (issue 4, acceptance 5): partner search ranks a faster responder above an equally matching slower one.</summary>
public sealed class ResponsivenessRankingTests : IAsyncLifetime
{
    private const string Slow = "5555555";
    private const string Fast = "6666666";
    private CoSellCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _cluster = await CoSellCluster.StartWithEcosystemAsync();
        foreach (var (id, name) in new[] { (Slow, "Adatum Consulting"), (Fast, "Adatum Services") })
        {
            await _cluster.Client.RegisterPartner(Actors.Operator, new PartnerProfile(id, name, "US", [new Tenant(Actors.PrimaryTenant(id), true)], false, []));
        }
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private async Task InviteAndAnswer(string partner, TimeSpan after)
    {
        var a = Actors.AdminOf(Actors.PartnerA);
        var created = await _cluster.Client.CreateReferral(a, Requests.P2P(Requests.PartnerInvitation(partner)));
        _cluster.Clock.Advance(after);
        await _cluster.Client.Accept(Actors.AdminOf(partner), $"{created.Id}-{partner}");
    }

    [Fact]
    public async Task R37_a_faster_responder_ranks_above_an_equally_matching_slower_one()
    {
        var before = await _cluster.Client.SearchPartners("Adatum");
        Assert.Equal([Slow, Fast], before.Items.Select(p => p.Id));

        await InviteAndAnswer(Slow, TimeSpan.FromDays(5));
        await InviteAndAnswer(Fast, TimeSpan.FromHours(1));

        var slow = await _cluster.Client.GetResponsiveness(Actors.AdminOf(Slow));
        Assert.Equal(1, slow.Accepted);
        Assert.Equal(TimeSpan.FromDays(5), slow.AverageResponseTime);

        // The answer is counted by its desk after the accept returns (a one-way call), then the directory is told.
        var after = await Eventually.Until(() => _cluster.Client.SearchPartners("Adatum"), p => p.Items.Count == 2 && p.Items[0].Id == Fast, "the faster responder ranked first");
        Assert.Equal([Fast, Slow], after.Items.Select(p => p.Id));
        Assert.Equal(Slow, (await _cluster.Client.SearchPartners("Adatum Consulting")).Items.First().Id);
    }
}
