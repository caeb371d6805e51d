using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace CoSell.Grains.Observability;

/// <summary>
/// The engine's own metrics (meter <see cref="MeterName"/>), exported for Prometheus on <c>/metrics</c>:
/// referral outcomes, reminder lag (how long after its due time an expiry fired) and the depth of the e-mail
/// outbox and webhook queues held by this silo's activations.
/// </summary>
public sealed class CoSellMetrics
{
    public const string MeterName = "CoSell";

    private readonly ConcurrentDictionary<string, int> _outboxDepths = new();
    private readonly ConcurrentDictionary<string, int> _webhookDepths = new();

    public CoSellMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        Created = meter.CreateCounter<long>("cosell.referrals.created", description: "Outbound referrals created.");
        Received = meter.CreateCounter<long>("cosell.referrals.received", description: "Inbound referrals delivered to invited parties.");
        Accepted = meter.CreateCounter<long>("cosell.referrals.accepted", description: "Inbound referrals accepted (Microsoft: engaged).");
        Declined = meter.CreateCounter<long>("cosell.referrals.declined", description: "Inbound referrals declined.");
        Expired = meter.CreateCounter<long>("cosell.referrals.expired", description: "Inbound referrals expired (Microsoft: lapsed).");
        Warned = meter.CreateCounter<long>("cosell.referrals.warned", description: "Warnings given before a response window closed (R18, R21, R22).");
        Won = meter.CreateCounter<long>("cosell.referrals.won", description: "Referrals closed as won.");
        Lost = meter.CreateCounter<long>("cosell.referrals.lost", description: "Referrals closed as lost.");
        NotificationsFailed = meter.CreateCounter<long>("cosell.notifications.failed", description: "Notification e-mails given up (refused for good or out of attempts); later ones still flow.");
        WebhookDeliveriesFailed = meter.CreateCounter<long>("cosell.webhook_deliveries.failed", description: "Webhook deliveries given up after their attempts; later deliveries still flow.");
        RemindersRegistered = meter.CreateCounter<long>("cosell.reminders.registered", description: "Registrations of desks' response-window reminders (one per desk whose earliest open deadline moved).");
        RemindersUnregistered = meter.CreateCounter<long>("cosell.reminders.unregistered", description: "Unregistrations of response-window reminders (a desk with no open window left, or a referral's reminder from before desks kept the windows).");
        ReminderLag = meter.CreateHistogram<double>("cosell.reminder.lag", unit: "s", description: "Expiry fire time minus due time.");
        meter.CreateObservableGauge("cosell.outbox.depth", () => _outboxDepths.Values.Sum(), description: "Notifications not yet mailed, in this silo's outboxes.");
        meter.CreateObservableGauge("cosell.webhook.queue.depth", () => _webhookDepths.Values.Sum(), description: "Webhook deliveries not yet made, in this silo's queues.");
    }

    public Counter<long> Created { get; }
    public Counter<long> Received { get; }
    public Counter<long> Accepted { get; }
    public Counter<long> Declined { get; }
    public Counter<long> Expired { get; }

    public Counter<long> Warned { get; }
    public Counter<long> Won { get; }
    public Counter<long> Lost { get; }
    public Histogram<double> ReminderLag { get; }
    public Counter<long> NotificationsFailed { get; }
    public Counter<long> WebhookDeliveriesFailed { get; }
    public Counter<long> RemindersRegistered { get; }
    public Counter<long> RemindersUnregistered { get; }

    public void OutboxDepth(string organization, int depth) => Track(_outboxDepths, organization, depth);

    public void WebhookDepth(string organization, int depth) => Track(_webhookDepths, organization, depth);

    private static void Track(ConcurrentDictionary<string, int> depths, string key, int depth)
    {
        if (depth <= 0)
        {
            depths.TryRemove(key, out _);
        }
        else
        {
            depths[key] = depth;
        }
    }
}
