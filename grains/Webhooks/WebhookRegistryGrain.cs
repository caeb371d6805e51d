using CoSell.Grains.Hosting;

namespace CoSell.Grains.Webhooks;

/// <summary>The organizations that have webhooks (<see cref="IWebhookRegistryGrain"/>). A leaf.</summary>
public sealed class WebhookRegistryGrain(
    [PersistentState("webhook-registry", StorageNames.Default)] IPersistentState<WebhookRegistryState> store) : Grain, IWebhookRegistryGrain
{
    public async Task Set(string organizationId, bool hasWebhooks)
    {
        var changed = hasWebhooks ? store.State.Organizations.Add(organizationId) : store.State.Organizations.Remove(organizationId);
        if (changed)
        {
            await store.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> List() => Task.FromResult<IReadOnlyList<string>>([.. store.State.Organizations]);
}
