using CoSell.Grains.Webhooks;

namespace CoSell.Tests.Domain;

/// <summary>R36: a change skips an organization's webhooks only when a fresh snapshot says it has none.</summary>
public sealed class WebhookRegistrySnapshotTests
{
    private static readonly DateTimeOffset Read = DomainFixtures.Now;

    private static WebhookRegistrySnapshot Snapshot() => new(new HashSet<string> { "p-hooked" }, Read);

    [Fact]
    public void R36_a_fresh_snapshot_skips_organizations_without_webhooks_and_keeps_those_with()
    {
        var now = Read + WebhookRegistrySnapshot.TrustWindow;
        Assert.True(Snapshot().MayHaveWebhooks("p-hooked", now));
        Assert.False(Snapshot().MayHaveWebhooks("p-plain", now));
    }

    [Fact]
    public void R36_a_stale_snapshot_or_none_at_all_publishes_to_everyone()
    {
        var late = Read + WebhookRegistrySnapshot.TrustWindow + TimeSpan.FromMilliseconds(1);
        Assert.True(Snapshot().MayHaveWebhooks("p-plain", late));
        Assert.True(WebhookRegistrySnapshot.None.MayHaveWebhooks("p-plain", Read));
    }

    [Fact]
    public void R36_a_registration_outwaits_every_snapshot_read_before_it_so_no_later_change_can_skip_it()
    {
        // The registry holds the organization at `added`; the registration returns RegistrationWait later. A snapshot
        // read issued before `added` (so without it) is no longer trusted by then, with room for clock skew.
        var added = Read + TimeSpan.FromMilliseconds(1);
        var returned = added + WebhookRegistrySnapshot.RegistrationWait;
        var skew = WebhookRegistrySnapshot.RegistrationWait - WebhookRegistrySnapshot.TrustWindow;
        Assert.True(skew >= TimeSpan.FromMilliseconds(500));
        Assert.True(new WebhookRegistrySnapshot(new HashSet<string>(), Read).MayHaveWebhooks("p-new", returned - skew + TimeSpan.FromMilliseconds(1)));
        Assert.True(WebhookRegistrySnapshot.RefreshEvery * 2 <= WebhookRegistrySnapshot.TrustWindow);
    }
}
