namespace CoSell.Grains.Webhooks;

/// <summary>
/// The organizations that have at least one webhook (R36); one for the cluster, key <see cref="DirectoryKeys.Default"/>.
/// Each silo keeps a recent snapshot of it so that referral changes skip publishing to organizations without
/// webhooks. A leaf: it calls no grain.
/// </summary>
public interface IWebhookRegistryGrain : IGrainWithStringKey
{
    /// <summary>Webhook use: whether the organization has webhooks now. Returns once stored.</summary>
    Task Set(string organizationId, bool hasWebhooks);

    [ReadOnly]
    Task<IReadOnlyList<string>> List();
}
