using System.CommandLine;
using CoSell.Cli.Output;

namespace CoSell.Cli.Commands;

/// <summary><c>cosell webhook</c> (R36), <c>cosell contact</c> and <c>cosell notifications</c> (R34).</summary>
public static class NotificationCommands
{
    public static IEnumerable<Command> Build()
    {
        yield return Webhook();
        yield return Contact();
        yield return Notifications();
        yield return Events();
    }

    /// <summary>
    /// <c>cosell events [--after C] [--follow]</c>: the change feed, one line per change (JSON lines with --json), the
    /// cursor to resume from on stderr; --follow keeps reading as changes are stored until Ctrl-C.
    /// </summary>
    private static Command Events()
    {
        var after = new Option<string?>("--after") { Description = "Resume after this cursor (from a previous run or a webhook delivery)." };
        var top = new Option<int>("--top") { DefaultValueFactory = _ => ChangeFeedPage.DefaultTop, Description = $"Changes per read, 1 to {ChangeFeedPage.MaxTop}." };
        var follow = new Option<bool>("--follow") { Description = "Keep reading as new changes are stored, until Ctrl-C." };
        var interval = new Option<double>("--interval") { DefaultValueFactory = _ => 2, Description = "Seconds between reads when following and nothing is new." };
        var events = new Command("events", "The organization's change feed, in order, with cursors to resume from.") { after, top, follow, interval };
        events.SetClusterAction(async (r, s, json) =>
        {
            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            var cursor = r.GetValue(after);
            try
            {
                while (true)
                {
                    var page = await s.Client.ReadEvents(s.Actor, cursor, r.GetValue(top));
                    foreach (var change in page.Items)
                    {
                        Console.Out.WriteLine(json
                            ? System.Text.Json.JsonSerializer.Serialize(Rest.EventResource.Of(change), Rest.RestJson.Options)
                            : $"{change.Cursor}\t{change.Type}\t{change.Subject}\tv{change.ReferralVersion}\t{change.Time:O}");
                    }

                    cursor = page.Cursor;
                    if (page.More)
                    {
                        continue;
                    }

                    if (!r.GetValue(follow))
                    {
                        break;
                    }

                    await Task.Delay(TimeSpan.FromSeconds(Math.Max(0.2, r.GetValue(interval))), stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Ctrl-C while following: the cursor below is where the next run resumes.
            }

            await Console.Error.WriteLineAsync($"cursor: {cursor ?? "(none yet)"}");
        });
        return events;
    }

    private static Command Webhook()
    {
        var url = new Option<string>("--url") { Required = true };
        var events = new Option<string[]>("--event") { Required = true, Description = "referral-created, referral-updated, related-referral-created, related-referral-updated or referral-expiring; repeatable." };
        var secret = new Option<string>("--secret") { Required = true, Description = "16+ characters; keys the HMAC-SHA256 signature." };
        var add = new Command("add", "Register a webhook (PartnerAdmin).") { url, events, secret };
        add.SetClusterAction(async (r, s, json) =>
        {
            var webhook = await s.Client.RegisterWebhook(s.Actor, new WebhookRequest(r.GetValue(url), r.GetValue(events), r.GetValue(secret)));
            if (json) Print.Json(webhook); else Console.Out.WriteLine($"webhook {webhook.Id} registered");
        });

        var list = new Command("list", "Your organization's webhooks.");
        list.SetClusterAction(async (r, s, json) =>
        {
            var webhooks = await s.Client.ListWebhooks(s.Actor);
            if (json) { Print.Json(webhooks); return; }
            var table = new Table("ID", "URL", "EVENTS", "CREATED");
            foreach (var w in webhooks) table.Add(w.Id, w.Url, string.Join(",", w.Events), w.CreatedDateTime);
            table.Write(Console.Out);
        });

        var removeId = new Argument<string>("id");
        var remove = new Command("remove", "Remove a webhook (PartnerAdmin).") { removeId };
        remove.SetClusterAction(async (r, s, json) =>
        {
            await s.Client.DeleteWebhook(s.Actor, r.GetValue(removeId)!);
            Console.Out.WriteLine("removed");
        });

        var deliveriesId = new Argument<string>("id");
        var deliveries = new Command("deliveries", "Recent deliveries of a webhook.") { deliveriesId };
        deliveries.SetClusterAction(async (r, s, json) =>
        {
            var items = await s.Client.GetWebhookDeliveries(s.Actor, r.GetValue(deliveriesId)!);
            if (json) { Print.Json(items); return; }
            var table = new Table("DELIVERY", "EVENT", "ATTEMPTS", "STATUS", "DELIVERED", "NEXT TRY");
            foreach (var d in items) table.Add(d.Id, d.Event, d.Attempts, d.LastStatusCode, d.DeliveredAt, d.NextAttemptAt);
            table.Write(Console.Out);
        });

        return new Command("webhook", "Webhooks (R36).") { add, list, remove, deliveries };
    }

    private static Command Contact()
    {
        var outEmail = new Argument<string>("email");
        var optOut = new Command("opt-out", "Stop notification e-mail to an address.") { outEmail };
        optOut.SetClusterAction(async (r, s, json) =>
        {
            await s.Client.OptOut(s.Actor, r.GetValue(outEmail)!);
            Console.Out.WriteLine("opted out");
        });

        var inEmail = new Argument<string>("email");
        var optIn = new Command("opt-in", "Resume notification e-mail to an address (PartnerAdmin or Operator).") { inEmail };
        optIn.SetClusterAction(async (r, s, json) =>
        {
            await s.Client.OptIn(s.Actor, r.GetValue(inEmail)!);
            Console.Out.WriteLine("opted in");
        });

        return new Command("contact", "E-mail preferences of contacts (R34).") { optOut, optIn };
    }

    private static Command Notifications()
    {
        var command = new Command("notifications", "Your organization's recorded notifications and their e-mail delivery (R34).");
        command.SetClusterAction(async (r, s, json) =>
        {
            var notifications = await s.Client.GetNotifications(s.Actor);
            var deliveries = (await s.Client.GetNotificationDeliveries(s.Actor)).ToDictionary(d => d.NotificationId);
            if (json) { Print.Json(notifications.Select(n => new { notification = n, delivery = deliveries.GetValueOrDefault(n.Id) })); return; }
            var table = new Table("WHEN", "KIND", "REFERRAL", "TO", "SENT");
            foreach (var n in notifications)
            {
                var d = deliveries.GetValueOrDefault(n.Id);
                table.Add(n.CreatedAt, n.Kind, n.ReferralName, string.Join(",", n.Recipients), d?.SentAt is { } at ? at.ToString("u") : d is null ? "" : $"pending ({d.Attempts} tries)");
            }

            table.Write(Console.Out);
        });
        return command;
    }
}
