using CoSell.Grains.Observability;
using CoSell.Grains.Options;
using CoSell.Grains.Storage;
using CoSell.Grains.Webhooks;
using Microsoft.Extensions.Options;

namespace CoSell.Grains.Desks;

/// <summary>What every desk (<see cref="ReferralDesk"/>) works with, from the silo's services: one parameter for a desk grain, not six.</summary>
public sealed class DeskServices(IPartitionStore partitions, TimeProvider clock, CoSellMetrics metrics, WebhookRegistryCache webhooks, IOptions<EmailOptions> email, IOptions<CoSellOptions> options)
{
    public IPartitionStore Partitions => partitions;

    public TimeProvider Clock => clock;

    public CoSellMetrics Metrics => metrics;

    public WebhookRegistryCache Webhooks => webhooks;

    /// <summary>Whether notifications are mailed (a delivery then queues mail rows with its own).</summary>
    public bool Mailing => email.Value.Enabled;

    /// <summary>How often a desk's response-window reminder ticks (<c>CoSell:Windows:TickPeriod</c>).</summary>
    public TimeSpan WindowTick => options.Value.Windows.TickPeriod;

    /// <summary>Where a co-sell request no territory matches goes (<c>CoSell:Sellers:FallbackQueue</c>, R4).</summary>
    public string FallbackQueue => options.Value.Sellers.FallbackQueue;

    /// <summary>When the answering party is warned before a window closes (<c>CoSell:Windows:Warnings</c>), largest first.</summary>
    public IReadOnlyList<TimeSpan> WindowWarnings { get; } = options.Value.Windows.WarningOffsets;
}
