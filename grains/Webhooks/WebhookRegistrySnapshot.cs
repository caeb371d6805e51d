namespace CoSell.Grains.Webhooks;

/// <summary>
/// A silo's copy of the organizations that have webhooks, and when the read that produced it was issued. Trusted
/// only while younger than <see cref="TrustWindow"/>; older (the registry unreachable, a silo just started) it
/// answers "maybe" for everyone, so a change is published as before. Why that is safe: a webhook registration
/// returns only <see cref="RegistrationWait"/> after the registry holds its organization, so any change after
/// that either sees a snapshot whose read was issued after the registry changed (it contains the organization)
/// or no trusted snapshot at all. The margin between the two covers clock skew between silos (wall clocks).
/// Pure.
/// </summary>
public sealed class WebhookRegistrySnapshot(IReadOnlySet<string> organizations, DateTimeOffset readIssuedAt)
{
    /// <summary>How often each silo refreshes its snapshot.</summary>
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(1);

    /// <summary>How long after its read was issued a snapshot is trusted.</summary>
    public static readonly TimeSpan TrustWindow = TimeSpan.FromSeconds(2.5);

    /// <summary>How long a registration waits after the registry holds its organization before it returns.</summary>
    public static readonly TimeSpan RegistrationWait = TimeSpan.FromSeconds(3);

    /// <summary>No snapshot yet: trusted for nothing.</summary>
    public static WebhookRegistrySnapshot None { get; } = new(new HashSet<string>(), DateTimeOffset.MinValue);

    public DateTimeOffset ReadIssuedAt => readIssuedAt;

    /// <summary>Whether a change must be published to the organization's webhooks (false only when known not to have any).</summary>
    public bool MayHaveWebhooks(string organizationId, DateTimeOffset now) =>
        now - readIssuedAt > TrustWindow || organizations.Contains(organizationId);
}
