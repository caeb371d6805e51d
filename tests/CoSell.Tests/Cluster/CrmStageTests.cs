using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>R38 in the cluster: a stage update in CRM terms.</summary>
public sealed class CrmStageTests : IAsyncLifetime
{
    private CoSellCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await CoSellCluster.StartWithEcosystemAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task R38_a_CRM_stage_update_is_mapped_and_an_unmapped_one_changes_nothing()
    {
        var admin = Actors.AdminOf(Actors.PartnerA) with { Roles = [Role.PartnerAdmin] };
        await _cluster.Client.SetStageMappings(admin, new Dictionary<string, SalesStage> { ["Discovery"] = SalesStage.Qualified, ["Proposal"] = SalesStage.Proposed });
        var created = await _cluster.Client.CreateReferral(admin, Requests.Private());

        var mapped = await _cluster.Client.Update(admin, created.Id, new UpdateReferralRequest { CrmStage = "discovery" });
        Assert.Equal(SalesStage.Qualified, mapped.SalesStage);

        var error = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.Update(admin, created.Id, new UpdateReferralRequest { CrmStage = "Negotiation" }));
        Assert.Equal("crmStage", error.Target);
        Assert.Contains("Discovery, Proposal", error.Message);
        Assert.Equal(mapped.ETag, (await _cluster.Client.GetReferral(admin, created.Id)).ETag);

        var denied = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.SetStageMappings(Actors.AdminOf(Actors.PartnerA), new Dictionary<string, SalesStage>()));
        Assert.Equal(ErrorCode.AccessDenied, denied.Code);
    }
}
