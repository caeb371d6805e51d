using CoSell.Grains.Feed;
using CoSell.Grains.Webhooks;
using CoSell.Testing;

namespace CoSell.Tests.Feed;

/// <summary>
/// Issue 15, point 1: changes are kept for the retention (30 days by default) and deleted after it; a consumer whose
/// cursor points before what is kept is told so (naming <c>after</c>), never silently skipped ahead. Its own cluster:
/// the test moves the clock a month.
/// </summary>
public sealed class ChangeFeedRetentionTests : IAsyncLifetime
{
    private CoSellCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await CoSellCluster.StartWithEcosystemAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync().AsTask();

    [Fact]
    public async Task Changes_older_than_the_retention_are_deleted_and_a_cursor_before_them_is_refused()
    {
        var organization = new Scenario().PartnerA;
        var admin = new Actor(organization, Actors.PrimaryTenant(organization), "pat", [Role.PartnerAdmin]);
        var feed = _cluster.Grains.GetGrain<IChangeFeedLog>(organization);
        var first = await feed.Append(Change("old", 1), null, null);
        await feed.Append(Change("old", 2), null, null);

        // Within the retention nothing goes, however many changes arrive.
        _cluster.Clock.Advance(TimeSpan.FromDays(29));
        for (var version = 3; version <= 60; version++)
        {
            await feed.Append(Change("kept", version), null, null);
        }

        Assert.Equal(2, (await _cluster.Client.ReadEvents(admin, first)).Items[0].ReferralVersion);

        // Past it, the old changes are deleted with the next trim (every 50 appends).
        _cluster.Clock.Advance(TimeSpan.FromDays(2));
        for (var version = 61; version <= 120; version++)
        {
            await feed.Append(Change("new", version), null, null);
        }

        var oldest = await _cluster.Client.ReadEvents(admin, null, 1);
        Assert.Equal("kept", oldest.Items[0].Subject);
        var gone = await Assert.ThrowsAsync<CoSellException>(() => _cluster.Client.ReadEvents(admin, first));
        Assert.Equal((ErrorCode.InvalidRequest, "after"), (gone.Code, gone.Target));
        Assert.Contains("no longer kept", gone.Message, StringComparison.Ordinal);
    }

    private static ReferralChange Change(string referralId, long version) =>
        new(referralId, "1234567", version, CoSellCluster.Start, WebhookEvent.ReferralUpdated, "{}");
}
