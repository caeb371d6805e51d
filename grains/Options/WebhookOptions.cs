namespace CoSell.Grains.Options;

/// <summary>Webhook delivery (R36), from the <c>CoSell:Webhooks</c> section.</summary>
public sealed class WebhookOptions
{
    public const string Section = "CoSell:Webhooks";

    /// <summary>First retry after a failed delivery; doubles up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts a delivery is given up, so later ones can go.</summary>
    public int MaxAttempts { get; set; } = 20;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Development only: let webhooks target loopback and private networks over plain http. Off (the default),
    /// registration needs https and a public host, and the sender connects to public addresses only (SSRF defence).
    /// <c>./run.sh</c>'s embedded default turns it on so local receivers work.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }
}
